import Foundation

/// A JSON value, decoded strictly: a boolean is never a number and an integer is never a string.
indirect enum JSONValue: Decodable, Equatable, CustomStringConvertible {
  case null
  case boolean(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .boolean(value)
    } else if let value = try? container.decode(Int.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// The JSON Schema type name.
  var typeName: String {
    switch self {
    case .null: "null"
    case .boolean: "boolean"
    case .integer: "integer"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  var numberValue: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  var description: String {
    switch self {
    case .null: "null"
    case .boolean(let value): "\(value)"
    case .integer(let value): "\(value)"
    case .number(let value): "\(value)"
    case .string(let value): value.debugDescription
    case .array(let value): "[\(value.count) items]"
    case .object(let value): "{\(value.keys.sorted().joined(separator: ", "))}"
    }
  }
}

/// A small JSON Schema checker for the keywords `schemas/report.schema.json` uses: `type`,
/// `const`, `enum`, `required`, `properties`, `additionalProperties`, `items`, `minItems`,
/// `maxItems`, `minimum`, `maximum`, `pattern` and local `$ref`s into `$defs`.
///
/// It keeps `swift test` hermetic (no Python); CI validates the same outputs with the
/// `jsonschema` package too (`scripts/validate_report_schema.py`). A keyword it does not know
/// is reported as a problem, so the schema cannot quietly outgrow the checker.
struct SchemaChecker {
  let root: [String: JSONValue]

  private static let annotations: Set<String> = [
    "$schema", "$id", "$defs", "title", "description", "$comment", "examples",
  ]

  init(schema data: Data) throws {
    guard case .object(let root) = try JSONDecoder().decode(JSONValue.self, from: data) else {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not an object"))
    }
    self.root = root
  }

  /// The problems found in `instance`, as `path: problem`.
  func problems(in instance: JSONValue) -> [String] {
    var problems = [String]()
    check(instance, against: root, at: "$", into: &problems)
    return problems
  }

  private func resolve(_ reference: JSONValue) -> [String: JSONValue]? {
    guard case .string(let reference) = reference, reference.hasPrefix("#/$defs/"),
      case .object(let definitions)? = root["$defs"],
      case .object(let target)? = definitions[String(reference.dropFirst("#/$defs/".count))]
    else { return nil }
    return target
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    value.typeName == type || (type == "number" && value.typeName == "integer")
  }

  private func check(
    _ value: JSONValue,
    against schema: [String: JSONValue],
    at path: String,
    into problems: inout [String]
  ) {
    for (keyword, argument) in schema.sorted(by: { $0.key < $1.key }) {
      if Self.annotations.contains(keyword) { continue }
      switch (keyword, argument, value) {
      case ("$ref", _, _):
        guard let target = resolve(argument) else {
          problems.append("\(path): unresolvable $ref \(argument)")
          continue
        }
        check(value, against: target, at: path, into: &problems)
      case ("type", .string(let type), _):
        if !Self.matches(value, type: type) {
          problems.append("\(path): \(value.typeName) is not \(type)")
        }
      case ("type", .array(let types), _):
        let names = types.compactMap { if case .string(let name) = $0 { name } else { nil } }
        if !names.contains(where: { Self.matches(value, type: $0) }) {
          problems.append("\(path): \(value.typeName) is not \(names.joined(separator: " or "))")
        }
      case ("const", _, _):
        if value != argument { problems.append("\(path): \(value) is not \(argument)") }
      case ("enum", .array(let allowed), _):
        if !allowed.contains(value) { problems.append("\(path): \(value) is not allowed") }
      case ("required", .array(let keys), .object(let object)):
        for case .string(let key) in keys where object[key] == nil {
          problems.append("\(path): missing \(key)")
        }
      case ("properties", .object(let properties), .object(let object)):
        for (key, subschema) in properties.sorted(by: { $0.key < $1.key }) {
          if let member = object[key], case .object(let subschema) = subschema {
            check(member, against: subschema, at: "\(path).\(key)", into: &problems)
          }
        }
      case ("additionalProperties", _, .object(let object)):
        var known = Set<String>()
        if case .object(let properties)? = schema["properties"] { known = Set(properties.keys) }
        for (key, member) in object.sorted(by: { $0.key < $1.key }) where !known.contains(key) {
          switch argument {
          case .boolean(false): problems.append("\(path): unexpected key \(key)")
          case .object(let subschema):
            check(member, against: subschema, at: "\(path).\(key)", into: &problems)
          default: break
          }
        }
      case ("items", .object(let subschema), .array(let array)):
        for (position, element) in array.enumerated() {
          check(element, against: subschema, at: "\(path)[\(position)]", into: &problems)
        }
      case ("minItems", .integer(let limit), .array(let array)):
        if array.count < limit { problems.append("\(path): fewer than \(limit) items") }
      case ("maxItems", .integer(let limit), .array(let array)):
        if array.count > limit { problems.append("\(path): more than \(limit) items") }
      case ("minimum", _, _):
        if let number = value.numberValue, let limit = argument.numberValue, number < limit {
          problems.append("\(path): \(number) is below \(limit)")
        }
      case ("maximum", _, _):
        if let number = value.numberValue, let limit = argument.numberValue, number > limit {
          problems.append("\(path): \(number) is above \(limit)")
        }
      case ("pattern", .string(let pattern), .string(let string)):
        if string.range(of: pattern, options: .regularExpression) == nil {
          problems.append("\(path): \(string.debugDescription) does not match \(pattern)")
        }
      case ("required", _, _), ("properties", _, _), ("additionalProperties", _, _),
        ("items", _, _), ("minItems", _, _), ("maxItems", _, _), ("pattern", _, _):
        continue  // the keyword does not apply to this type of value
      default:
        problems.append("\(path): the checker does not know the keyword \(keyword)")
      }
    }
  }
}
