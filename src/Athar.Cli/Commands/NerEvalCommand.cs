using System.CommandLine;
using System.Globalization;
using Athar.Actors;
using Athar.Input;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar eval ner [FILE…]`: precision and recall of the actors stage's persons (PERS) and other actors (ORG)
/// against CoNLL-style NER test files. Without FILE it reads the ANERcorp test split and the Wojood sample from
/// ../shared/data/arabic-ner (relative to the current directory) and says so plainly when they are absent.
/// </summary>
public static class NerEvalCommand
{
    public static readonly string[] DefaultFiles =
    [
        Path.Combine("..", "shared", "data", "arabic-ner", "anercorp-camellab", "ANERCorp_CamelLab_test.txt"),
        Path.Combine("..", "shared", "data", "arabic-ner", "wojood-sample", "test.txt"),
    ];

    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "CoNLL-style files (token TAG per line); default: ANERcorp test and Wojood sample from ../shared", Arity = ArgumentArity.ZeroOrMore };
        var errors = new Option<int>("--errors") { Description = "Also list up to N missed and N spurious spans per file", DefaultValueFactory = _ => 0 };
        var ner = new Command("ner", "Score person and organisation mentions against Arabic NER test data") { files, errors };
        ner.SetAction(parse => Execute(parse.GetValue(files) ?? [], parse.GetValue(errors), parse.InvocationConfiguration.Output));
        return new Command("eval", "Measure a stage against public test data") { ner };
    }

    public static int Execute(string[] files, int errors, TextWriter stdout)
    {
        if (files.Length == 0)
        {
            var present = DefaultFiles.Where(File.Exists).ToArray();
            if (present.Length == 0)
                throw new UserInputException($"no NER test data: {string.Join(" and ", DefaultFiles)} not found (the shared data folder ../shared is absent); pass CoNLL files as arguments");
            files = present;
        }
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
            throw new UserInputException($"'{missing}' not found");
        var annotator = new ActorAnnotator();
        foreach (var file in files)
        {
            stdout.WriteLine(file);
            stdout.WriteLine("  type    gold  pred  exact      P      R     F1  overlap-R");
            var result = NerEvaluation.Evaluate(file, annotator);
            foreach (var s in result.Scores)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Type,-5} {s.Gold,6} {s.Predicted,5} {s.Exact,6} {s.Precision,6:P1} {s.Recall,6:P1} {s.F1,6:P1} {s.OverlapRecall,9:P1}"));
            foreach (var (span, words) in result.Missed.Take(errors))
                stdout.WriteLine($"  missed   {span.Type,-4} {words}");
            foreach (var (span, words) in result.Spurious.Take(errors))
                stdout.WriteLine($"  spurious {span.Type,-4} {words}");
        }
        return CommandRunner.Ok;
    }
}
