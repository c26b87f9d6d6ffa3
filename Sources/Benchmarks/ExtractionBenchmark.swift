import Articles
import Foundation

/// Times `ArticleReader` on the HTML evaluation pages and the example texts.
///
/// One line per input, `articles/extract/<input>`, with the median time of one read, pages per
/// second and the paragraph count (a deterministic count a CI job may check), then one line for
/// the whole page set. Run from the repository root: `swift run -c release Benchmarks`.
enum ExtractionBenchmark {
  /// Runs the cases whose name contains `filter` (all when `nil`).
  static func run(filter: String?) throws {
    let reader = try ArticleReader()
    var inputs: [(name: String, bytes: [UInt8])] = []
    let fileManager = FileManager.default
    let pagesFolder = "Tests/ArticlesTests/Fixtures/pages"
    let pages = ((try? fileManager.contentsOfDirectory(atPath: pagesFolder)) ?? []).filter {
      $0.hasSuffix(".html")
    }.sorted()
    for page in pages {
      if let data = fileManager.contents(atPath: "\(pagesFolder)/\(page)") {
        inputs.append((page, Array(data)))
      }
    }
    let stories = ((try? fileManager.contentsOfDirectory(atPath: "examples")) ?? []).sorted()
    for story in stories {
      let files = ((try? fileManager.contentsOfDirectory(atPath: "examples/\(story)")) ?? []).filter
      { $0.hasSuffix(".txt") }.sorted()
      for file in files {
        if let data = fileManager.contents(atPath: "examples/\(story)/\(file)") {
          inputs.append(("\(story)/\(file)", Array(data)))
        }
      }
    }
    if inputs.isEmpty {
      print("articles/extract: no inputs (run from the repository root)")
      return
    }
    let clock = ContinuousClock()
    var pageTotal = Duration.zero
    var pageCount = 0
    for input in inputs {
      let name = "articles/extract/\(input.name)"
      if let filter, !name.contains(filter) { continue }
      var paragraphs = 0
      var times = [Duration]()
      for _ in 0..<20 {
        let elapsed = try clock.measure {
          paragraphs = try reader.read(data: input.bytes, name: input.name).reduce(0) {
            $0 + $1.paragraphs.count
          }
        }
        times.append(elapsed)
      }
      let median = times.sorted()[times.count / 2]
      if input.name.hasSuffix(".html") {
        pageTotal += median
        pageCount += 1
      }
      print(
        "\(name)  \(format(median))  \(Int(1 / seconds(median))) pages/s  \(paragraphs) paragraphs  \(input.bytes.count) bytes"
      )
    }
    if pageCount > 0 {
      print(
        "articles/extract/html-pages  \(pageCount) pages  \(Int(Double(pageCount) / seconds(pageTotal))) pages/s"
      )
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return max(Double(parts.seconds) + Double(parts.attoseconds) / 1e18, 1e-9)
  }

  private static func format(_ duration: Duration) -> String {
    String(format: "%.3f ms", seconds(duration) * 1_000)
  }
}
