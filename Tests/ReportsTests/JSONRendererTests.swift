import Comparison
import Foundation
import Reports
import TestSupport
import Testing

@Suite("JSON report and its schema")
struct JSONRendererTests {
  static func checker() throws -> SchemaChecker {
    try SchemaChecker(
      schema: Data(
        contentsOf: RepositoryFiles.root.appendingPathComponent("schemas/report.schema.json")
      )
    )
  }

  @Test("The JSON renderer's output satisfies the schema")
  func satisfiesSchema() throws {
    let json = JSONRenderer().render(EverythingStory.report)
    let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    #expect(try Self.checker().problems(in: value) == [])
  }

  @Test("The bare contract (ComparisonReport.jsonData) satisfies the schema too")
  func contractSatisfiesSchema() throws {
    let value = try JSONDecoder().decode(JSONValue.self, from: EverythingStory.report.jsonData())
    #expect(try Self.checker().problems(in: value) == [])
  }

  @Test("The checker catches a missing key, a wrong type and an unknown kind")
  func checkerFindsProblems() throws {
    var value = try JSONDecoder().decode(JSONValue.self, from: EverythingStory.report.jsonData())
    guard case .object(var object) = value else { throw CancellationError() }
    object["facts"] = .string("none")
    object["summary"] = nil
    if case .array(var divergences)? = object["divergences"],
      case .object(var first) = divergences[0]
    {
      first["kind"] = .string("mood")
      divergences[0] = .object(first)
      object["divergences"] = .array(divergences)
    }
    value = .object(object)
    let problems = try Self.checker().problems(in: value)
    #expect(problems.contains("$: missing summary"))
    #expect(problems.contains("$.facts: string is not array"))
    #expect(problems.contains("$.divergences[0].kind: \"mood\" is not allowed"))
  }

  @Test("The output decodes as the contract and holds the coverage matrix")
  func decodesAsContract() throws {
    let json = JSONRenderer().render(EverythingStory.report)
    let decoded = try JSONDecoder().decode(ComparisonReport.self, from: Data(json.utf8))
    #expect(decoded == EverythingStory.report)
    let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    guard case .object(let object) = value, case .object(let coverage)? = object["coverage"],
      case .array(let matrix)? = coverage["matrix"]
    else {
      Issue.record("no coverage matrix")
      return
    }
    #expect(matrix.count == 4 * 5)
  }

  @Test("Without pretty printing the report is one line, with the story id")
  func compactForJSONLines() throws {
    var options = JSONRenderer.Options()
    options.isPrettyPrinted = false
    options.story = "raa"
    let json = JSONRenderer(options: options).render(EverythingStory.report)
    #expect(json.filter { $0 == "\n" }.count == 1)
    #expect(json.hasSuffix("}\n"))
    #expect(json.contains("\"story\":\"raa\""))
  }
}
