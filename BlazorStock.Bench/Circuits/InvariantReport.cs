namespace BlazorStock.Bench.Circuits;

/// <param name="Extensions">Extends recorded on every hold of the server, to compare with the clicks sent.</param>
public sealed record InvariantReport(bool Ok, string Notes, int Extensions);
