using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Net.Http.Headers;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.Http;
using Werkplaats.Graph.Core.Access;

namespace Werkplaats.Graph.Api.Auth;

/// <summary>
/// Turns the bearer token into the request's <see cref="Viewer"/>, once, before GraphQL and the exports run. No token
/// is the public; a token that does not validate, or names no actor of the graph, is refused with 401 rather than
/// silently downgraded, so a client learns its token is wrong. Rights are read from the graph on every request.
/// </summary>
public sealed class ViewerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorAccessReader access, GraphQLResponseWriter writer)
    {
        // Most partner requests carry no token: skip the bearer handler's work for them (it reads only this header).
        if (!context.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            await next(context);
            return;
        }

        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.None)
        {
            await next(context);
            return;
        }

        if (!result.Succeeded || result.Principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is not { Length: > 0 } actorKey)
        {
            await RefuseAsync(context, writer, RequestErrors.Unauthenticated);
            return;
        }

        var actor = await access.ReadAsync(actorKey, context.RequestAborted);
        if (actor is null)
        {
            await RefuseAsync(context, writer, RequestErrors.UnknownActor(actorKey));
            return;
        }

        context.User = result.Principal;
        context.Features.Set(new Viewer(
            actor.Actor, result.Principal.FindFirst(JwtRegisteredClaimNames.Name)?.Value, actor.Visibility, actor.Write));
        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, GraphQLResponseWriter writer, RequestError error) =>
        writer.WriteErrorAsync(context, GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json, error);
}
