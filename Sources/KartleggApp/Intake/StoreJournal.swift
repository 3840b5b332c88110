import KartleggCore
import KartleggStore
import KartleggTerminal

/// The conversation's journal: each answer goes to the store, committed before it returns.
struct StoreJournal: IntakeJournal {
  let store: any Storage
  let intake: IntakeID
  let actor: String
  let saves: AnswerSaves

  func record(_ answer: Answer?, for question: QuestionID, removing stale: [QuestionID]) throws {
    try saves.tracking {
      try store.record(answer, for: question, in: intake, removing: stale, actor: actor)
    }
  }
}
