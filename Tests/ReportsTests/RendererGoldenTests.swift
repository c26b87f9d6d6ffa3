import Comparison
import Foundation
import Reports
import Testing

/// One renderer with the settings its golden file was recorded with.
struct RendererCase: CustomTestStringConvertible, Sendable {
  let goldenName: String
  let renderer: any ReportRenderer

  var testDescription: String { goldenName }

  /// Every renderer, once each, on the settings a reader would use.
  static let all: [RendererCase] = {
    var terminal = TerminalRenderer.Options()
    terminal.width = 100
    var narrow = TerminalRenderer.Options()
    narrow.width = 44
    return [
      RendererCase(goldenName: "everything.txt", renderer: TerminalRenderer(options: terminal)),
      RendererCase(
        goldenName: "everything-narrow.txt",
        renderer: TerminalRenderer(options: narrow)
      ),
      RendererCase(goldenName: "everything.md", renderer: MarkdownRenderer()),
      RendererCase(goldenName: "everything.html", renderer: HTMLRenderer()),
      RendererCase(goldenName: "everything.json", renderer: JSONRenderer()),
      RendererCase(goldenName: "everything.csv", renderer: CSVRenderer()),
    ]
  }()
}

@Suite("Golden files of the everything story")
struct RendererGoldenTests {
  @Test(
    "Every renderer's output matches its golden file byte for byte",
    arguments: RendererCase.all
  )
  func matchesGolden(_ rendererCase: RendererCase) {
    expectGolden(
      rendererCase.renderer.render(EverythingStory.report),
      named: rendererCase.goldenName
    )
  }

  @Test("Rendering the same report twice gives the same bytes", arguments: RendererCase.all)
  func isDeterministic(_ rendererCase: RendererCase) {
    let first = rendererCase.renderer.render(EverythingStory.report)
    let second = rendererCase.renderer.render(EverythingStory.report)
    #expect(first == second)
  }

  @Test(
    "A report rebuilt through JSON, with dictionaries filled in another order, renders the same",
    arguments: RendererCase.all
  )
  func ignoresDictionaryOrder(_ rendererCase: RendererCase) throws {
    let data = try EverythingStory.report.jsonData()
    var rebuilt = try JSONDecoder().decode(ComparisonReport.self, from: data)
    var kinds = [String: Int]()
    for (key, value) in rebuilt.summary.divergencesByKind.sorted(by: { $0.key > $1.key }) {
      kinds[key] = value
    }
    rebuilt.summary.divergencesByKind = kinds
    for position in rebuilt.facts.indices {
      var contributions = [String: Double]()
      for (key, value) in rebuilt.facts[position].evidence.contributions.sorted(by: {
        $0.key > $1.key
      }) {
        contributions[key] = value
      }
      rebuilt.facts[position].evidence.contributions = contributions
    }
    #expect(rebuilt == EverythingStory.report)
    #expect(
      rendererCase.renderer.render(rebuilt) == rendererCase.renderer.render(EverythingStory.report)
    )
  }

  @Test(
    "Every renderer copes with a report with no facts, divergences or unmatched claims",
    arguments: RendererCase.all
  )
  func rendersEmptyReport(_ rendererCase: RendererCase) {
    let empty = ComparisonReport(
      articles: [],
      facts: [],
      divergences: [],
      unmatched: [],
      summary: ComparisonReport.Summary(
        articleCount: 0,
        sentenceCount: 0,
        factCount: 0,
        divergenceCount: 0,
        divergencesByKind: [:],
        unmatchedCount: 0,
        unmatchedByArticle: [:],
        scoredPairCount: 0
      )
    )
    let output = rendererCase.renderer.render(empty)
    #expect(!output.isEmpty)
    #expect(output.utf8.last == UInt8(ascii: "\n"))
  }
}
