import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// The `groups sheet` use case: one group of the accepted plan (else the latest suggestion) as a
/// teacher's sheet, every value in words — names, levels, needs, literacy, Norwegian level,
/// interpreter and channel. Reading the names is recorded in the audit log (who, when, cohort,
/// group; no answers).
public struct MakeGroupSheet {
  let context: AppContext
  let store: any KartleggStorage

  /// Creates the use case.
  ///
  /// - Parameters:
  ///   - context: Resources, interface language and actor.
  ///   - store: The store.
  public init(context: AppContext, store: any KartleggStorage) {
    self.context = context
    self.store = store
  }

  /// The sheet of one group.
  ///
  /// - Parameters:
  ///   - cohort: The cohort's name.
  ///   - group: The group's name (`G3`; case does not matter).
  ///   - now: When the sheet is made.
  /// - Returns: The sheet.
  /// - Throws: ``AppError``: 65 when the cohort has no plan or no such group.
  public func run(cohort: String, group: String, now: Date) throws(AppError) -> GroupSheet {
    let view = try ShowGroups(context: context, store: store).run(cohort: cohort, draft: false)
    guard
      let chosen = view.plan.groups.first(where: {
        $0.name.compare(group, options: .caseInsensitive) == .orderedSame
      })
    else {
      throw AppError(
        .dataError, "sheet.error.no-group", group, cohort,
        view.plan.groups.map(\.name).joined(separator: ", "))
    }
    let names = try AppError.mapping {
      let participants = try store.participants(cohort: cohort, includeNames: true)
      try store.noteGroupSheet(cohort: cohort, group: chosen.name, actor: context.actor)
      return Dictionary(
        participants.map { ($0.id.rawValue, $0.name ?? $0.id.rawValue) },
        uniquingKeysWith: { first, _ in first })
    }
    let words = SheetWords(texts: view.texts, ui: context.ui)
    var members: [GroupSheet.Member] = []
    var bookings: [String: Int] = [:]
    for id in chosen.members {
      let stored = try AppError.mapping { try Self.stored(ParticipantID(id), in: store) }
      let name = names[id] ?? id
      members.append(words.member(name: name, result: stored?.result, answers: stored?.answers))
      if let booking = stored.flatMap({ words.booking($0.result, answers: $0.answers) }) {
        bookings[booking, default: 0] += 1
      }
    }
    let text = CohortGroupsText(policy: view.policy, texts: view.texts, ui: context.ui)
    let channels = chosen.channels.channels.map {
      "\(view.texts("channel.\($0).label")) \(chosen.channels.reach[$0] ?? 0)"
    }
    let state = view.status.first ?? ""
    return GroupSheet(
      cohort: cohort, group: chosen.name,
      plan: context.ui(
        view.state == .accepted ? "sheet.plan.accepted" : "sheet.plan.draft", state),
      madeAt: LocalTime.text(now), profile: text.profile(chosen),
      channels: channels.joined(separator: " + "),
      unreachable: chosen.channels.unreachable.map { names[chosen.members[$0]] ?? "" },
      bookings: bookings.keys.sorted().map { "\($0): \(bookings[$0] ?? 0)" },
      dimensions: view.survey.dimensions.map { view.texts("dimension.\($0.id).label") },
      members: members)
  }

  /// A participant's latest result and answers.
  private static func stored(_ participant: ParticipantID, in store: any KartleggStorage) throws
    -> (result: StoredResult, answers: AnswerSet)?
  {
    guard let intake = try store.latestIntake(of: participant),
      let result = try store.result(of: intake.id)
    else { return nil }
    return (result, try store.answers(of: intake.id).answers)
  }
}
