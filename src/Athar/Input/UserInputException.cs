namespace Athar.Input;

/// <summary>The user's input is wrong (missing file, not text, too large, bad option). Shown as one line; exit code 2.</summary>
public sealed class UserInputException(string message) : Exception(message);
