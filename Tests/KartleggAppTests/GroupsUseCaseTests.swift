import KartleggApp
import KartleggCore
import KartleggStore
import Testing

struct GroupsUseCaseTests {
  @Test func aCohortWithNobodyAssessedIsARefusalNotAFailure() throws {
    let fixture = try AppFixture()
    _ = try fixture.store.register(
      Registration(name: "Ennå ikke kartlagt", cohort: "Tom"), actor: "t")
    let outcome = try SuggestGroups(context: fixture.context, store: fixture.store).attempt(
      cohort: "Tom", policy: nil)
    guard case .failure(.noneAssessed(let cohort)) = outcome else {
      Issue.record("expected noneAssessed, got \(outcome)")
      return
    }
    #expect(cohort == "Tom")
  }

  @Test func aCohortTooSmallForAnyGroupIsARefusalWithThePlannersReason() throws {
    let fixture = try AppFixture()
    _ = try fixture.importExample(count: 4, cohort: "Liten")
    let outcome = try SuggestGroups(context: fixture.context, store: fixture.store).attempt(
      cohort: "Liten", policy: nil)
    guard case .failure(let refusal) = outcome, case .cannotGroup = refusal else {
      Issue.record("expected cannotGroup, got \(outcome)")
      return
    }
    #expect(try fixture.store.groupPlan(cohort: "Liten") == nil)
  }

  @Test func anUnknownPolicyIsAnErrorNamingThePolicies() throws {
    let fixture = try AppFixture()
    _ = try fixture.importExample(count: 6, cohort: "Seks")
    #expect {
      _ = try SuggestGroups(context: fixture.context, store: fixture.store).run(
        cohort: "Seks", policy: "nope")
    } throws: { error in
      guard let error = error as? AppError,
        case .interface(let key, let arguments)? =
          error.problems.first?.message
      else { return false }
      return error.status == .dataError && key == "groups.error.unknown-policy"
        && arguments.last == "work, digital-training"
    }
  }

  @Test func suggestStoresTheDraftAndShowDescribesIt() throws {
    let fixture = try AppFixture()
    let ids = try fixture.importExample(count: 12, cohort: "Tolv")
    let suggested = try SuggestGroups(context: fixture.context, store: fixture.store).run(
      cohort: "Tolv", policy: nil)
    #expect(suggested.state == .draft)
    #expect(Set(suggested.plan.groups.flatMap(\.members)) == Set(ids.map(\.rawValue)))
    let shown = try ShowGroups(context: fixture.context, store: fixture.store).run(
      cohort: "Tolv", draft: false)
    #expect(shown.plan.groups.map(\.members) == suggested.plan.groups.map(\.members))
    #expect(
      try AcceptGroups(context: fixture.context, store: fixture.store).run(cohort: "Tolv") == 2)
  }

  @Test func theDemoTellsARefusedGroupingApartFromAFailure() throws {
    let fixture = try AppFixture()
    let outcome = try RunDemo(context: fixture.context, store: fixture.store).run(
      count: 3, cohort: "Demo liten", seed: 7)
    #expect(outcome.participants.count == 3)
    guard case .failure = outcome.groups else {
      Issue.record("three people cannot make a group of at least six")
      return
    }
  }
}
