global using Werkplaats.Graph.Api.Auth;
global using Werkplaats.Graph.Api.Caching;
global using Werkplaats.Graph.Api.Commands;
global using Werkplaats.Graph.Api.GraphQL;
global using Werkplaats.Graph.Api.Health;
global using Werkplaats.Graph.Api.Hosting;
global using Werkplaats.Graph.Api.Limits;
global using Werkplaats.Graph.Api.Storage;
