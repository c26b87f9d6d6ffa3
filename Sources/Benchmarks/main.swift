// Benchmarks: throughput of the StoryDiff pipeline, run in release mode.
//
//   swift build -c release --scratch-path .build-bench --product Benchmarks
//   .build-bench/release/Benchmarks [filter] [--data DIR] [--repetitions N]
//   (or: swift run -c release Benchmarks [filter])
//
// Prints one line per case, named `module/operation/input` (`textcore/analyze/ja-ntrex-flores`).
// `filter` is `overview` (the subset that finishes in under a minute) or a substring of case
// names; without it every case runs. `--data` names the shared folder (or its `data` folder);
// otherwise `STORYDIFF_SHARED`, then `shared/` beside an ancestor of the working directory is
// used. Timings are for people; the counts after them (sentences, words, boundaries) are
// deterministic, for CI.
import Foundation

// `Benchmarks evaluate [options]` runs the comparison engine's quality evaluation instead.
if CommandLine.arguments.dropFirst().first == "evaluate" {
  do {
    try AlignmentEvaluation.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
  } catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
  }
  exit(0)
}

// `Benchmarks entity-linking [options]` measures entity linking on the held-out names.
if CommandLine.arguments.dropFirst().first == "entity-linking" {
  do {
    try EntityLinkingEvaluation.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
  } catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
  }
  exit(0)
}

let usage = """
  usage: Benchmarks [overview | FILTER] [--data DIR] [--repetitions N]
         Benchmarks entity-linking [--heldout FILE] [--misses N]
         Benchmarks evaluate [--data DIR] [--limit N] [--seed N] [--skip-injection] [--skip-stories]
  """

var filter: String?
var dataOption: String?
var repetitions = 5
var arguments = CommandLine.arguments.dropFirst()[...]
while let argument = arguments.popFirst() {
  switch argument {
  case "--data":
    guard let value = arguments.popFirst() else {
      FileHandle.standardError.write(Data("error: --data needs a folder\n\(usage)\n".utf8))
      exit(2)
    }
    dataOption = value
  case "--repetitions":
    guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else {
      FileHandle.standardError.write(
        Data("error: --repetitions needs a positive number\n\(usage)\n".utf8)
      )
      exit(2)
    }
    repetitions = value
  case "-h", "--help":
    print(usage)
    exit(0)
  default:
    guard filter == nil, !argument.hasPrefix("-") else {
      FileHandle.standardError.write(
        Data("error: unexpected argument '\(argument)'\n\(usage)\n".utf8)
      )
      exit(2)
    }
    filter = argument
  }
}

do {
  var settings = TextCoreBenchmark.Settings()
  settings.filter = filter
  settings.repetitions = repetitions
  settings.dataFolder = BenchmarkLocations.dataFolder(option: dataOption)
  settings.repositoryRoot = BenchmarkLocations.repositoryRoot
  if dataOption != nil && settings.dataFolder == nil {
    throw BenchmarkError(
      "--data \(dataOption ?? ""): no ntrex128-en-fr-ja folder there or in its data/"
    )
  }
  try TextCoreBenchmark.run(settings)

  try ExtractionBenchmark.run(filter: filter)
  try ComparisonBenchmark.run(filter: filter)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
