/// Times a piece of work on the monotonic clock and keeps the best of several runs.
///
/// The best run, not the mean, is the figure: on a shared machine every disturbance only adds
/// time, so the fastest run is the closest to what the code costs.
struct Stopwatch {
  /// How many timed runs each case gets at most (after one warm-up run).
  let repetitions: Int
  /// The time the timed runs of one case may take together; slow cases get fewer runs (at least
  /// one), so the full suite stays usable.
  var budget = Duration.seconds(4)

  /// Runs `body` once as a warm-up, then up to `repetitions` times timed.
  ///
  /// Each timed span covers making one result, not freeing the one before (which, with a large
  /// result such as a million bytes of analyzed sentences, is a few percent of the run).
  ///
  /// - Returns: the best time in seconds, how many timed runs it is the best of, and the result
  ///   of the last run (so the work cannot be optimized away, and its counts can be reported).
  func best<Result>(
    _ body: () throws -> Result
  ) rethrows -> (seconds: Double, runs: Int, result: Result) {
    let clock = ContinuousClock()
    let warmUpStart = clock.now
    var last = try body()
    let warmUp = clock.now - warmUpStart
    var runs = max(repetitions, 1)
    if warmUp * runs > budget { runs = max(1, Int(budget / warmUp)) }
    var best = Duration.seconds(Int64.max)
    for _ in 0..<runs {
      // The previous run's result is freed before the clock starts: freeing it is no part of
      // this run.
      _ = consume last
      let start = clock.now
      let result = try body()
      best = min(best, clock.now - start)
      last = result
    }
    let (seconds, attoseconds) = best.components
    return (Double(seconds) + Double(attoseconds) * 1e-18, runs, last)
  }

  /// Like `best`, with the result turned into the deterministic counts the report prints.
  func measure<Result>(
    _ body: () throws -> Result,
    counts: (Result) -> String
  ) rethrows -> Measured {
    let run = try best(body)
    return Measured(seconds: run.seconds, runs: run.runs, counts: counts(run.result))
  }
}

/// One timed case: its best time, how many runs that is the best of, and what it produced.
struct Measured {
  /// The best time, in seconds.
  let seconds: Double
  /// The number of timed runs.
  let runs: Int
  /// Deterministic counts of the result (`sentences=… words=…`), for CI to compare.
  let counts: String
}
