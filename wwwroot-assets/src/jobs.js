/* Jobs page: admins join the hub's jobs group; each run start/finish refreshes the jobs table and the history. */
(function () {
  'use strict';
  if (!window.signalR || !window.htmx) return;
  var connection = new signalR.HubConnectionBuilder().withUrl('/hubs/stock').withAutomaticReconnect().build();
  var timer = null;
  connection.on('JobsChanged', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      htmx.trigger(document.body, 'jobs:refresh');
      var runs = document.getElementById('job-runs');
      if (runs) htmx.ajax('GET', '/staff/jobs/runs' + window.location.search, { target: '#job-runs', swap: 'outerHTML' });
    }, 200);
  });
  function watch() { return connection.invoke('WatchJobs'); }
  connection.onreconnected(watch);
  connection.start().then(watch).catch(function () { /* the page still works; it just is not live */ });
})();
