import KartleggCore
import KartleggStore
import KartleggTerminal

/// The conversation's journal: each answer goes to the store, committed before it returns.
struct StoreJournal: IntakeJournal {
  let store: any Storage
  let intake: IntakeID
  let actor: String

  func record(_ answer: Answer?, for question: QuestionID, removing stale: [QuestionID]) throws {
    try store.record(answer, for: question, in: intake, removing: stale, actor: actor)
  }
}
