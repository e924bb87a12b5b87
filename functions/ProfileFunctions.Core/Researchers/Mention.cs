namespace ProfileFunctions.Researchers;

/// <summary>A source that is about a researcher (<c>about</c>), or a page about no one listing them as an author (<c>author</c>).</summary>
public sealed record Mention(string Slug, string SourceUrl, string Role)
{
    public const string About = "about";
    public const string Author = "author";
}
