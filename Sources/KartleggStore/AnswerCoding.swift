import Foundation
import KartleggCore

/// Answers as stored: a small tagged JSON object that reads back without the survey, e.g.
/// `{"choice":"own"}`, `{"choices":["sms","whatsapp"]}`, `{"number":3}`, `{"text":"…"}`,
/// `{"date":"2024-05-01"}`, `{"language":"ti"}`, `{"languages":["ar","ti"]}`.
/// Sets are written sorted so the same answer is always the same bytes.
public enum AnswerCoding {
  /// The stored text of an answer.
  ///
  /// - Parameter answer: The answer.
  /// - Returns: Its tagged JSON.
  /// - Throws: When JSON serialisation fails.
  public static func encode(_ answer: Answer) throws -> String {
    let object: [String: Any]
    switch answer {
    case .choice(let value): object = ["choice": value.rawValue]
    case .choices(let values): object = ["choices": values.map(\.rawValue).sorted()]
    case .number(let value): object = ["number": value]
    case .text(let text): object = ["text": text]
    case .date(let date): object = ["date": date.description]
    case .language(let code): object = ["language": code.rawValue]
    case .languages(let codes): object = ["languages": codes.map(\.rawValue).sorted()]
    }
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  /// An answer from its stored text.
  ///
  /// - Parameter text: The tagged JSON.
  /// - Returns: The answer.
  /// - Throws: ``StorageError/corrupt(_:)`` when the text is not a tagged answer.
  public static func decode(_ text: String) throws -> Answer {
    guard
      let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
      object.count == 1, let (tag, value) = object.first
    else { throw StorageError.corrupt("an answer is not a tagged object") }
    if let string = value as? String {
      switch tag {
      case "choice": return .choice(OptionValue(string))
      case "text": return .text(string)
      case "language": return .language(LanguageCode(string))
      case "date":
        if let date = CalendarDate(iso: string) { return .date(date) }
      default: break
      }
    } else if let strings = value as? [String] {
      switch tag {
      case "choices": return .choices(Set(strings.map { OptionValue($0) }))
      case "languages": return .languages(Set(strings.map { LanguageCode($0) }))
      default: break
      }
    } else if tag == "number", let number = value as? NSNumber {
      return .number(number.doubleValue)
    }
    throw StorageError.corrupt("an answer tagged '\(tag)'")
  }
}

/// Encodes answers once per distinct answer: a cohort stored in one batch repeats the same few
/// choices, and JSON serialisation is the costly part of storing them.
public struct AnswerEncodingCache {
  private var encoded: [Answer: String] = [:]

  /// Creates an empty cache.
  public init() {}

  /// The stored text of an answer, as ``AnswerCoding/encode(_:)`` writes it.
  ///
  /// - Parameter answer: The answer.
  /// - Returns: Its tagged JSON.
  /// - Throws: When JSON serialisation fails.
  public mutating func encode(_ answer: Answer) throws -> String {
    if let text = encoded[answer] { return text }
    let text = try AnswerCoding.encode(answer)
    encoded[answer] = text
    return text
  }

  /// A participant's answers encoded for storage, in question order.
  ///
  /// - Parameter answers: The answers.
  /// - Returns: Each question with its stored text.
  /// - Throws: When JSON serialisation fails.
  public mutating func encode(_ answers: AnswerSet) throws -> [(QuestionID, String)] {
    try answers.sorted { $0.key < $1.key }.map { ($0.key, try encode($0.value)) }
  }
}

/// Decodes stored answers once per distinct stored text: a cohort's answers repeat the same few
/// choices, and decoding JSON is the costly part of reading them.
public struct AnswerDecodingCache {
  private var decoded: [String: Answer] = [:]

  /// Creates an empty cache.
  public init() {}

  /// The answer a stored text holds.
  ///
  /// - Parameter text: The tagged JSON.
  /// - Returns: The answer.
  /// - Throws: ``StorageError/corrupt(_:)`` when the text is not a tagged answer.
  public mutating func decode(_ text: String) throws -> Answer {
    if let answer = decoded[text] { return answer }
    let answer = try AnswerCoding.decode(text)
    decoded[text] = answer
    return answer
  }
}
