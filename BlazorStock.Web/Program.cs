using BlazorStock.Domain;
using BlazorStock.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddDomain();
builder.AddWeb();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.MapWeb();
app.Run();

/// <summary>Entry point; public so tests can host the app through WebApplicationFactory.</summary>
public partial class Program;
