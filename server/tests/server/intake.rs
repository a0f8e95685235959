//! Applications arrive exactly once, whatever the kiosk repeats.

use axum::http::StatusCode;
use madoguchi_core::receipt::IdempotencyKey;
use madoguchi_core::Language;
use madoguchi_server::intake::open_findings;

use crate::on_every_database;
use crate::support::{rng, sample_application, OFFICE_A, OFFICE_B};

#[test]
fn the_sample_application_passes_core_checks() {
    let app = sample_application(Language::JA, "yamada@example.jp");
    let report =
        madoguchi_server::reference::with_context(time::macros::date!(2026 - 11 - 25), |cx| {
            madoguchi_core::check::application(&app, cx)
        });
    assert!(open_findings(&report).is_empty(), "{:?}", report.findings);
}

#[tokio::test]
async fn first_arrival_is_stored_and_repeats_get_the_same_answer() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        assert_eq!(sub.answer["status"], "provisional");
        assert_eq!(sub.answer["receipt"], sub.receipt.as_str());
        assert!(sub.id().starts_with("app_"));

        let again = h.submit_body(&kiosk, &sub.key, &sub.body).await;
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(again.json(), sub.answer);
        assert_eq!(h.db.count_applications().await.expect("count"), 1);

        let stored =
            h.db.application(&sub.id())
                .await
                .expect("read")
                .expect("stored");
        assert_eq!(stored.office_code, OFFICE_A);
        assert_eq!(stored.findings_json, "[]");
        assert!(stored.application_json.contains("山田"));
        // Only the token's hash is kept.
        assert!(!stored.application_json.contains(sub.token.as_str()));
        assert!(h
            .db
            .application_by_token(&sub.token.hash())
            .await
            .expect("read")
            .is_some());
    });
}

#[tokio::test]
async fn the_same_key_with_another_body_is_refused() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        // Sealing is randomised: the same application sealed again is another body.
        let (other, _, _) = h.seal(
            &kiosk,
            &sub.key,
            &sample_application(Language::JA, "a@example.jp"),
        );
        h.submit_body(&kiosk, &sub.key, &other)
            .await
            .assert_problem(409, "idempotency-conflict");
        assert_eq!(h.db.count_applications().await.expect("count"), 1);
    });
}

#[tokio::test]
async fn concurrent_duplicates_make_one_row() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let (envelope, _, _) = h.seal(
            &kiosk,
            &key,
            &sample_application(Language::JA, "a@example.jp"),
        );
        let h = std::sync::Arc::new(h);
        let mut tasks = Vec::new();
        for _ in 0..24 {
            let (h, kiosk, key, envelope) =
                (h.clone(), kiosk.clone(), key.clone(), envelope.clone());
            tasks.push(tokio::spawn(async move {
                h.submit_body(&kiosk, &key, &envelope).await
            }));
        }
        let mut created = 0;
        let mut ids = std::collections::BTreeSet::new();
        for task in tasks {
            let answer = task.await.expect("task");
            match answer.status {
                StatusCode::CREATED => created += 1,
                StatusCode::OK => {}
                other => panic!("unexpected {other}: {}", answer.text()),
            }
            ids.insert(
                answer.json()["application_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
        assert_eq!(created, 1, "exactly one arrival is the first");
        assert_eq!(ids.len(), 1, "every answer names the same application");
        assert_eq!(h.db.count_applications().await.expect("count"), 1);
    });
}

#[tokio::test]
async fn keys_are_per_kiosk() {
    on_every_database!(|h| {
        let k1 = h.enrol(OFFICE_A, "iidabashi-01").await;
        let k2 = h.enrol(OFFICE_A, "iidabashi-02").await;
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let (e1, _, _) = h.seal(&k1, &key, &sample_application(Language::JA, "a@example.jp"));
        let (e2, _, _) = h.seal(
            &k2,
            &key,
            &sample_application(Language::from_code("en").expect("en"), "b@example.jp"),
        );
        assert_eq!(
            h.submit_body(&k1, &key, &e1).await.status,
            StatusCode::CREATED
        );
        assert_eq!(
            h.submit_body(&k2, &key, &e2).await.status,
            StatusCode::CREATED
        );
        assert_eq!(h.db.count_applications().await.expect("count"), 2);
    });
}

#[tokio::test]
async fn envelopes_are_bound_to_kiosk_key_and_office() {
    on_every_database!(|h| {
        let k1 = h.enrol(OFFICE_A, "iidabashi-01").await;
        let k2 = h.enrol(OFFICE_A, "iidabashi-02").await;
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let (envelope, _, _) = h.seal(&k1, &key, &sample_application(Language::JA, "a@example.jp"));
        // Another kiosk replaying it, or the same kiosk under another key: does not open.
        h.submit_body(&k2, &key, &envelope)
            .await
            .assert_problem(422, "envelope-unopenable");
        let other_key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        h.submit_body(&k1, &other_key, &envelope)
            .await
            .assert_problem(422, "envelope-unopenable");

        // A kiosk of office B sealing an application that names office A.
        let kb = h.enrol(OFFICE_B, "osaka-01").await;
        let mut lying = kb.clone();
        lying.office_code = OFFICE_A.into();
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let (envelope, _, _) = h.seal(
            &lying,
            &key,
            &sample_application(Language::JA, "a@example.jp"),
        );
        h.submit_body(&kb, &key, &envelope)
            .await
            .assert_problem(422, "office-mismatch");
        assert_eq!(h.db.count_applications().await.expect("count"), 0);
    });
}

#[tokio::test]
async fn an_application_with_findings_is_kept_for_the_counter() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let mut app = sample_application(Language::JA, "a@example.jp");
        app.contact.postcode = "0000000".into();
        let sub = h.submit(&kiosk, &app).await;
        let stored =
            h.db.application(&sub.id())
                .await
                .expect("read")
                .expect("stored");
        assert!(
            stored.findings_json.contains("contact.postcode"),
            "{}",
            stored.findings_json
        );
    });
}

#[tokio::test]
async fn a_reused_continuation_token_is_refused() {
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let sub = h
            .submit(&kiosk, &sample_application(Language::JA, "a@example.jp"))
            .await;
        let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
        let payload = madoguchi_core::envelope::SealedApplication {
            application: sample_application(Language::JA, "b@example.jp"),
            receipt: "K7AXP3".into(),
            continuation_token: sub.token.as_str().to_owned(),
            submitted_at: "2026-11-25T10:05:00+09:00".into(),
            office_code: OFFICE_A.into(),
        };
        let envelope = madoguchi_core::envelope::Envelope::seal_application(
            &h.public_key,
            &kiosk.kiosk_id,
            &key,
            &payload,
            &mut rng(),
        )
        .expect("seal");
        h.submit_body(&kiosk, &key, &envelope.to_base64())
            .await
            .assert_problem(409, "continuation-token-taken");
    });
}

/// A row for the group-commit tests: `n` names its key, `token` its continuation token.
fn row(kiosk_id: &str, n: u32, token: &str) -> madoguchi_server::storage::NewApplication {
    madoguchi_server::storage::NewApplication {
        id: format!("app_batch_{n}_{token}"),
        kiosk_id: kiosk_id.to_owned(),
        idempotency_key: format!("key-{n:04}"),
        body_hash: format!("body-{n}"),
        office_code: OFFICE_A.to_owned(),
        receipt: format!("R-{n:04}"),
        token_hash: format!("token-{token}"),
        token_expires_at: 4_000_000_000,
        language: "ja".to_owned(),
        application_json: "{}".to_owned(),
        findings_json: "[]".to_owned(),
        submitted_at: "2026-12-05T10:00:00+09:00".to_owned(),
        received_at: 1_780_000_000,
    }
}

#[tokio::test]
async fn one_commit_answers_each_row_as_if_it_were_alone() {
    use madoguchi_server::storage::Stored;
    on_every_database!(|h| {
        let kiosk = h.enrol(OFFICE_A, "iidabashi-01").await;
        let first = row(&kiosk.kiosk_id, 1, "a");
        // The same key again in the same batch: it sees the first row, written just before it.
        let mut repeat = row(&kiosk.kiosk_id, 1, "a2");
        repeat.id = "app_batch_repeat".into();
        let batch = vec![
            first.clone(),
            row(&kiosk.kiosk_id, 2, "b"),
            repeat,
            // Another key with the token of the second row.
            row(&kiosk.kiosk_id, 3, "b"),
        ];
        let answers: Vec<Stored> =
            h.db.insert_applications(&batch)
                .await
                .expect("one commit")
                .into_iter()
                .map(|a| a.expect("each row"))
                .collect();
        assert_eq!(
            answers,
            vec![
                Stored::Created,
                Stored::Created,
                Stored::Existing {
                    id: first.id.clone(),
                    receipt: first.receipt.clone(),
                    body_hash: first.body_hash.clone(),
                },
                Stored::TokenTaken,
            ]
        );
        assert_eq!(h.db.count_applications().await.expect("count"), 2);
    });
}

#[tokio::test]
async fn many_kiosks_at_once_each_application_once() {
    on_every_database!(|h| {
        let kiosks = [
            h.enrol(OFFICE_A, "iidabashi-01").await,
            h.enrol(OFFICE_A, "iidabashi-02").await,
            h.enrol(OFFICE_A, "iidabashi-03").await,
        ];
        let h = std::sync::Arc::new(h);
        let mut tasks = Vec::new();
        for (i, kiosk) in kiosks.iter().cycle().take(30).enumerate() {
            let key = IdempotencyKey::generate(&mut rng()).as_str().to_owned();
            let email = format!("v{i}@example.jp");
            let (envelope, _, _) = h.seal(kiosk, &key, &sample_application(Language::JA, &email));
            // Each application twice at once, as a kiosk retrying over a slow link would.
            for _ in 0..2 {
                let (h, kiosk, key, envelope) =
                    (h.clone(), kiosk.clone(), key.clone(), envelope.clone());
                tasks.push(tokio::spawn(async move {
                    (key.clone(), h.submit_body(&kiosk, &key, &envelope).await)
                }));
            }
        }
        let mut created = std::collections::BTreeMap::<String, u32>::new();
        for task in tasks {
            let (key, answer) = task.await.expect("task");
            match answer.status {
                StatusCode::CREATED => *created.entry(key).or_default() += 1,
                StatusCode::OK => {}
                other => panic!("unexpected {other}: {}", answer.text()),
            }
        }
        assert_eq!(created.len(), 30, "every application was created once");
        assert!(created.values().all(|&n| n == 1), "{created:?}");
        assert_eq!(h.db.count_applications().await.expect("count"), 30);
    });
}
