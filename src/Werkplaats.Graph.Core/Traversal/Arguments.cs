namespace Werkplaats.Graph.Core.Traversal;

/// <summary>Argument checks whose messages name the allowed range (the API returns them as INVALID_ARGUMENT).</summary>
internal static class Arguments
{
    public static void InRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }
}
