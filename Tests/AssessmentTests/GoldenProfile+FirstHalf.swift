import KartleggCore

// Levels per dimension are listed as information, communication, content, safety,
// problem-solving. Percentages in the comments are points / maximum of the answered skills; the
// overall is (2·I + 3·C + 2·T + 2·S + 1·P) / 10.

extension GoldenProfile {
  static let all: [GoldenProfile] = firstHalf + secondHalf

  static let firstHalf: [GoldenProfile] = [
    // 0, 1/15, 0, 0, 0 → 2.0 %. Wants a call and has an ordinary mobile (wish-phone); SMS reaches
    // that mobile (sms-no-smartphone). Says yes to an interpreter (need-says-yes), in the room.
    GoldenProfile(
      "tigrinya-no-smartphone", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: [
        "no-smartphone", "no-pc-or-tablet", "no-home-internet", "no-bankid", "no-email",
        "needs-interpreter", "low-norwegian", "scam-risk",
      ],
      channels: "phone", "sms", interpreter: .needed, "ti", .inPerson),
    // 83, 100, 100, 67, 100 → 90 %. Wants e-mail and uses it (wish-email); PC, broadband and
    // Teams alone (teams-skilled). Says no, but A2 (assess-a2); wants screen and can video-call.
    GoldenProfile(
      "ukrainian-engineer-laptop", overall: .experienced,
      dimensions: [.experienced, .experienced, .experienced, .some, .experienced], flags: [],
      channels: "email", "teams", interpreter: .assess, "uk", .screen),
    // 33, 40 (6/15), 33, 33, 33 → 35.3 %. Wants WhatsApp and uses it (wish-whatsapp); the next
    // other channel is sms-smartphone. Says no, but A1 (need-low-norwegian); wants phone.
    GoldenProfile(
      "whatsapp-daily-never-email", overall: .beginner,
      dimensions: [.beginner, .some, .beginner, .beginner, .beginner],
      flags: [
        "no-pc-or-tablet", "no-bankid", "needs-digipost", "no-email", "needs-interpreter",
        "low-norwegian",
      ],
      channels: "whatsapp", "sms", interpreter: .needed, "ar", .phone),
    // 33, 33, 11, 17, 11 → 23.3 %. Wants SMS on the shared smartphone (wish-sms); uses WhatsApp
    // weekly (whatsapp-user). Unsure (assess-unsure); wants screen, has broadband and video-calls.
    GoldenProfile(
      "shared-phone-family", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: ["shared-phone", "data-runs-out", "no-bankid", "no-email"],
      channels: "sms", "whatsapp", interpreter: .assess, "om", .screen),
    // 67, 60, 33, 50, 44 → 52.4 %. Wants a call (wish-phone); WhatsApp every day
    // (whatsapp-daily). Says no at A2 (assess-a2); screen: enough mobile data and video alone.
    GoldenProfile(
      "mobile-data-only", overall: .some,
      dimensions: [.some, .some, .beginner, .some, .some],
      flags: ["no-pc-or-tablet", "mobile-data-only", "no-email"],
      channels: "phone", "whatsapp", interpreter: .assess, "am", .screen),
    // 67, 67, 67, 33, 67 → 60 %. Wants WhatsApp and uses it (wish-whatsapp); shared PC, broadband,
    // Teams alone (teams-skilled). Says no at B1 (not-needed-b1), so no language and no mode.
    GoldenProfile(
      "bankid-missing", overall: .some,
      dimensions: [.some, .some, .some, .beginner, .some],
      flags: ["no-bankid", "needs-digipost"],
      channels: "whatsapp", "teams", interpreter: .notNeeded, nil, nil),
    // 83, 87, 78, 67, 78 → 79.3 %. Wants WhatsApp (wish-whatsapp); PC and Teams alone
    // (teams-skilled). Says no at B2 (not-needed-b1): no interpreter language asked, no mode.
    GoldenProfile(
      "arabic-good-english", overall: .experienced,
      dimensions: [.experienced, .experienced, .experienced, .some, .experienced], flags: [],
      channels: "whatsapp", "teams", interpreter: .notNeeded, nil, nil),
    // No skill answered: no dimension has a level. Channel wishes and habits are unknown, so the
    // first rules that hold are sms-smartphone and phone-smartphone. A2 (assess-a2); video-call
    // skill unknown, so not screen but mode-phone. No interpreter language answered yet.
    GoldenProfile(
      "half-finished-after-device", overall: nil, dimensions: [nil, nil, nil, nil, nil],
      flags: ["no-pc-or-tablet"],
      channels: "sms", "phone", interpreter: .assess, nil, .phone, isComplete: false),
    // Four skills answered (docs/assessment.md 1.9): 2/3, 5/6, —, —, 2/3 → 75.0 % overall from
    // three dimensions. No wish yet; WhatsApp daily (whatsapp-daily), then sms-smartphone. A2
    // (assess-a2); broadband and video alone (mode-screen).
    GoldenProfile(
      "half-finished-mid-skills", overall: .experienced,
      dimensions: [.some, .experienced, nil, nil, .some],
      flags: ["no-pc-or-tablet", "no-email"],
      channels: "whatsapp", "sms", interpreter: .assess, nil, .screen, isComplete: false),
    // 0, 27, 11, 0, 11 → 11.3 %. Wants WhatsApp on the shared phone (wish-whatsapp), then
    // sms-smartphone. Says yes (need-says-yes); wants phone and has one (mode-wish-phone).
    GoldenProfile(
      "somali-mother-shared-smartphone", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: [
        "shared-phone", "no-pc-or-tablet", "no-home-internet", "data-runs-out", "no-bankid",
        "needs-digipost", "no-email", "needs-interpreter", "low-norwegian", "scam-risk",
      ],
      channels: "whatsapp", "sms", interpreter: .needed, "so", .phone),
    // 50, 53, 33, 17, 44 → 40.4 %. Wants WhatsApp but uses Telegram and IMO, so no WhatsApp rule
    // holds: sms-smartphone, phone-smartphone. Says yes; screen (unlimited data, video alone).
    GoldenProfile(
      "dari-telegram-imo", overall: .some,
      dimensions: [.some, .some, .beginner, .beginner, .some],
      flags: [
        "no-pc-or-tablet", "mobile-data-only", "no-bankid", "no-email", "needs-interpreter",
        "low-norwegian",
      ],
      channels: "sms", "phone", interpreter: .needed, "prs", .screen),
    // 83, 73, 78, 67, 67 → 74.2 %. Wants e-mail and uses it (wish-email); Teams only with help,
    // WhatsApp weekly (whatsapp-user). Says no at B1 (not-needed-b1).
    GoldenProfile(
      "polish-worker-prefers-email", overall: .some,
      dimensions: [.experienced, .some, .experienced, .some, .some], flags: [],
      channels: "email", "whatsapp", interpreter: .notNeeded, nil, nil),
    // 33, 33, 22, 33, 33 → 31.1 %. Wants a call (wish-phone); WhatsApp daily (whatsapp-daily).
    // Unsure (assess-unsure before assess-a2); wants screen, broadband, video alone.
    GoldenProfile(
      "pashto-unsure-interpreter", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: ["no-pc-or-tablet", "no-bankid", "no-email"],
      channels: "phone", "whatsapp", interpreter: .assess, "ps", .screen),
    // 17, 33, 11, 0, 33 → 18.9 %. Wants WhatsApp but has no smartphone, so wish-whatsapp fails;
    // an ordinary mobile gives sms-no-smartphone, phone-no-smartphone. Says yes; screen on the
    // tablet with broadband (mode-wish-screen).
    GoldenProfile(
      "kurmanji-tablet-only", overall: .beginner,
      dimensions: [.beginner, .beginner, .beginner, .beginner, .beginner],
      flags: [
        "no-smartphone", "no-bankid", "no-email", "needs-interpreter", "low-norwegian",
        "scam-risk",
      ],
      channels: "sms", "phone", interpreter: .needed, "kmr", .screen),
  ]
}
