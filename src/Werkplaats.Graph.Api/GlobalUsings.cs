global using Werkplaats.Graph.Api.Commands;
global using Werkplaats.Graph.Api.GraphQL;
global using Werkplaats.Graph.Api.Health;
global using Werkplaats.Graph.Api.Storage;
global using Werkplaats.Graph.Api.Hosting;
