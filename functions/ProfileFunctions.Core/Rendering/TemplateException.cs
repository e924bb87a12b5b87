namespace ProfileFunctions.Rendering;

/// <summary>A template that cannot be loaded or rendered: the message names the file and line.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
