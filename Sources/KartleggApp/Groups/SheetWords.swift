import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// The values of a teacher's sheet in words: labels from the survey in the adviser's language,
/// never survey ids.
struct SheetWords {
  let texts: SurveyTexts
  let ui: InterfaceText

  var survey: Survey { texts.survey }

  /// One member's row.
  func member(name: String, result: StoredResult?, answers: AnswerSet?) -> GroupSheet.Member {
    let unknown = ui("sheet.unknown")
    let level = { (part: ResultPart) -> String in
      result?.value(of: part).map { texts.level(LevelID($0)) } ?? unknown
    }
    return GroupSheet.Member(
      name: name, overallLevel: level(.overallLevel),
      levels: survey.dimensions.map { level(.dimensionLevel($0.id)) },
      needs: (result?.assessed.flags ?? []).map { texts("flag.\($0).label") },
      literacy: option(of: .literacy, in: answers),
      norwegian: option(of: .norwegian, in: answers),
      interpreter: result.flatMap { interpreter($0, answers: answers ?? [:]) },
      channel: result?.value(of: .channel).map { texts("channel.\($0).label") } ?? unknown)
  }

  /// The interpreter a member needs — language, dialect and mode — or `nil` when none.
  func interpreter(_ result: StoredResult, answers: AnswerSet) -> String? {
    guard result.value(of: .interpreterNeed) == InterpreterNeed.needed.rawValue,
      let language = result.value(of: .interpreterLanguage)
    else { return nil }
    var text = texts.languageName(language)
    if let dialect = dialect(in: answers) { text += " (" + dialect + ")" }
    if let mode = result.value(of: .interpreterMode) { text += ", " + ui("assess.mode.\(mode)") }
    return text
  }

  /// A booking's description (language, mode and dialect) when the member needs an interpreter.
  func booking(_ result: StoredResult, answers: AnswerSet) -> String? {
    interpreter(result, answers: answers)
  }

  private func dialect(in answers: AnswerSet) -> String? {
    guard let question = survey.interpreter.dialectQuestion,
      case .text(let text) = answers[question]
    else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  private func option(of role: QuestionRole, in answers: AnswerSet?) -> String {
    guard let question = survey.question(withRole: role) else { return "–" }
    guard case .choice(let value) = answers?[question.id] else { return ui("sheet.unknown") }
    return texts("question.\(question.id).option.\(value)")
  }
}
