//! Share links: round trips, size, golden fixtures of every released format, hostile input.

mod common;

use base64::Engine;
use ntm_model::codec::link::{
    decode, encode, encode_with_matrix, fragment, DataDiffers, LinkError, MatrixV4, View,
};
use ntm_model::scenario::{AllocationRule, TrainingCounts, TrainingOverride, UnitLevers};
use ntm_model::Scenario;
use proptest::prelude::*;

fn typical(ds: &ntm_model::Dataset) -> Scenario {
    let mut sc = Scenario::defaults(ds);
    sc.budget.scale_pct = 120.0;
    sc.allocation.rule = AllocationRule::NearestFirst;
    sc.training.per_year = vec![TrainingCounts {
        cadres: 6.0,
        village_leaders: 10.0,
        vocational: 25.0,
    }];
    sc.policy.graduation_cliff = false;
    sc.communes.insert(
        "01417".into(),
        UnitLevers {
            priority: Some(true),
            ..Default::default()
        },
    );
    sc.communes.insert(
        "01481".into(),
        UnitLevers {
            fixed_amount: Some(2.5),
            ..Default::default()
        },
    );
    sc.districts.insert(
        "048".into(),
        UnitLevers {
            training_scale: Some(1.5),
            // One count of its own; the others stay the province's.
            training: Some(TrainingOverride {
                vocational: Some(40.0),
                ..Default::default()
            }),
            ..Default::default()
        },
    );
    sc
}

/// The typical scenario with training staged by year: a district's own training from 2022,
/// a commune's in 2021–2023.
fn with_training_years(ds: &ntm_model::Dataset) -> Scenario {
    let mut sc = typical(ds);
    sc.districts
        .get_mut("048")
        .expect("in typical")
        .training_from = Some(2022);
    sc.communes.insert(
        "01303".into(),
        UnitLevers {
            training: Some(TrainingOverride {
                cadres: Some(12.0),
                ..Default::default()
            }),
            training_from: Some(2021),
            training_until: Some(2023),
            ..Default::default()
        },
    );
    sc
}

/// The wire's variant of a link payload (0 for version 1, …).
fn wire_variant(payload: &str) -> u8 {
    // flag ‖ body ‖ check; the body deflated or not: the wire's variant is its first byte.
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    let body = &bytes[1..bytes.len() - 2];
    if bytes[0] & 1 != 0 {
        miniz_oxide::inflate::decompress_to_vec(body).unwrap()[0]
    } else {
        body[0]
    }
}

#[test]
fn training_years_travel_in_a_version_5_wire_and_only_when_set() {
    let ds = common::dataset();
    let sc = with_training_years(&ds);
    let link = encode(&sc, &View::default(), None, &ds).unwrap();
    assert_eq!(wire_variant(&link), 4, "the wire's fifth variant");
    let back = decode(&link, &ds).unwrap();
    assert_eq!(back.scenario, sc);
    assert_eq!(back.name, None);
    assert_eq!(back.matrix, None);
    // Without years the link is as before (version 2), which older builds read.
    let plain = typical(&ds);
    let link = encode(&plain, &View::default(), None, &ds).unwrap();
    assert_eq!(wire_variant(&link), 1);
    // A unit with nothing but years still travels.
    let mut only = Scenario::defaults(&ds);
    only.communes.insert(
        "01303".into(),
        UnitLevers {
            training_until: Some(2022),
            ..Default::default()
        },
    );
    let link = encode(&only, &View::default(), Some("x"), &ds).unwrap();
    let back = decode(&link, &ds).unwrap();
    assert_eq!(back.scenario, only);
    assert_eq!(back.name.as_deref(), Some("x"));
}

#[test]
fn a_typical_scenario_round_trips_in_a_short_link() {
    let ds = common::dataset();
    let sc = typical(&ds);
    let view = View {
        lang: 0,
        tab: 2,
        chart: 1,
        year: 2025,
        district: Some(48),
        commune: Some(1417),
    };
    let link = fragment(&sc, &view, None, &ds).unwrap();
    assert!(link.len() < 300, "{} characters: {link}", link.len());
    let back = decode(&format!("https://planner.example/#{link}"), &ds).unwrap();
    assert_eq!(back.scenario, sc);
    assert_eq!(back.view, view);
    assert_eq!(back.data_differs, None);
    // The default scenario is tiny.
    assert!(
        encode(&Scenario::defaults(&ds), &View::default(), None, &ds)
            .unwrap()
            .len()
            < 40
    );
}

#[test]
fn every_released_link_format_still_decodes_to_the_same_scenario() {
    let ds = common::dataset();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/links");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        // Only ever add fixtures for the newest format; old ones stay as they were released
        // (v1: no check at the end; v2: a CRC-16 at the end, same wire; v3: the wire's second
        // variant, training counts one by one; v4: the wire's third, with the scenario's name,
        // written only for a named scenario).
        // v5: the wire's fourth variant, with the criteria matrix, written only when it is
        // not as it opens. v6: the wire's fifth, with the years of units' own training,
        // written only when a unit's training has years.
        let _ = std::fs::create_dir_all(dir);
        let path = format!("{dir}/v6-training-years.link");
        if std::fs::metadata(&path).is_err() {
            let sc = with_training_years(&ds);
            let link = encode_with_matrix(
                &sc,
                &golden_view(),
                Some(&golden_matrix()),
                Some(GOLDEN_NAME),
                &ds,
            )
            .unwrap();
            std::fs::write(&path, link).unwrap();
            std::fs::write(
                format!("{dir}/v6-training-years.json"),
                serde_json::to_string_pretty(&sc).unwrap(),
            )
            .unwrap();
        }
    }
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("golden links folder") {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("link") {
            continue;
        }
        let link = std::fs::read_to_string(&path).unwrap();
        let expected: Scenario =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let decoded =
            decode(link.trim(), &ds).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Written for the dataset's version then: opened now, the scenario is this version's,
        // and the link says which version it was made for (the page warns that figures may
        // differ).
        let mut expected = expected;
        let made_for = expected.dataset.version;
        expected.dataset.version = ds.province.version;
        assert_eq!(decoded.scenario, expected, "{}", path.display());
        let other = (made_for != ds.province.version).then_some(DataDiffers::Version(made_for));
        assert_eq!(decoded.data_differs, other, "{}", path.display());
        // Only the named formats carry a name, and only the newest the matrix.
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let named = matches!(stem, "v4-named" | "v5-matrix" | "v6-training-years");
        let want = named.then(|| GOLDEN_NAME.to_string());
        assert_eq!(decoded.name, want, "{}", path.display());
        let matrix = matches!(stem, "v5-matrix" | "v6-training-years").then(golden_matrix);
        assert_eq!(decoded.matrix, matrix, "{}", path.display());
        n += 1;
    }
    assert!(n >= 9, "golden links missing: {n} found");
}

/// The view every golden link of the current formats was written with.
fn golden_view() -> View {
    View {
        lang: 1,
        tab: 1,
        chart: 0,
        year: 2025,
        district: None,
        commune: Some(1481),
    }
}

/// The matrix in the newest golden link: villages of one commune, a search with diacritics,
/// sorted by a criterion, descending.
fn golden_matrix() -> MatrixV4 {
    MatrixV4 {
        units: 1,
        district: Some(43),
        commune: Some(1345),
        scope_only: false,
        status: 3,
        search: "Xóm".into(),
        show_other_units: false,
        commune_sort: (1, 0, false),
        village_sort: (5, 4, true),
    }
}

/// A matrix as it opens adds nothing: the link is written as before (version 2 or 3), which
/// older builds read; one picked out travels whole, its search text tidied.
#[test]
fn the_criteria_matrix_travels_only_when_it_was_changed() {
    let ds = common::dataset();
    let plain = encode(&typical(&ds), &golden_view(), None, &ds).unwrap();
    let same = encode_with_matrix(
        &typical(&ds),
        &golden_view(),
        Some(&MatrixV4::default()),
        None,
        &ds,
    )
    .unwrap();
    assert_eq!(same, plain);
    let blank = MatrixV4 {
        search: " \u{200b} ".into(),
        ..MatrixV4::default()
    };
    let same = encode_with_matrix(&typical(&ds), &golden_view(), Some(&blank), None, &ds);
    assert_eq!(same.unwrap(), plain, "a blank search is no change");
    let link = encode_with_matrix(
        &typical(&ds),
        &golden_view(),
        Some(&golden_matrix()),
        None,
        &ds,
    )
    .unwrap();
    let back = decode(&link, &ds).unwrap();
    assert_eq!(back.matrix, Some(golden_matrix()));
    assert_eq!(back.name, None);
    assert_eq!(back.scenario, typical(&ds));
    assert_eq!(back.view, golden_view());
    assert_eq!(decode(&plain, &ds).unwrap().matrix, None);
    let long = MatrixV4 {
        search: format!("Bảo\u{7}Lạc {}", "x".repeat(200)),
        ..MatrixV4::default()
    };
    let link = encode_with_matrix(&typical(&ds), &golden_view(), Some(&long), None, &ds).unwrap();
    let search = decode(&link, &ds).unwrap().matrix.unwrap().search;
    assert!(search.starts_with("Bảo Lạc xx"), "{search}");
    assert_eq!(
        search.chars().count(),
        ntm_model::codec::link::MAX_SEARCH_CHARS
    );
}

/// The name in the named golden link: diacritics, a dash and a digit, as planners write.
const GOLDEN_NAME: &str = "Tăng đào tạo cán bộ – Hà Quảng 2022";

/// A scenario without a name is still written as version 3 was, byte for byte, so builds
/// released before names travelled open it; a named one is written in the new format.
#[test]
fn a_link_without_a_name_is_written_as_before_and_a_name_travels_with_its_scenario() {
    let ds = common::dataset();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/links");
    let released = std::fs::read_to_string(format!("{dir}/v3-typical.link")).unwrap();
    // Written then for the dataset's version 1, which a link carries.
    let mut then = ds.clone();
    then.province.version = 1;
    let unnamed = encode(&typical(&then), &golden_view(), None, &then).unwrap();
    assert_eq!(unnamed, released.trim());
    // An empty or blank name is no name.
    let unnamed = encode(&typical(&ds), &golden_view(), None, &ds).unwrap();
    for blank in ["", "   ", "\n\t"] {
        let link = encode(&typical(&ds), &golden_view(), Some(blank), &ds).unwrap();
        assert_eq!(link, unnamed, "{blank:?}");
    }
    let named = encode(&typical(&ds), &golden_view(), Some(GOLDEN_NAME), &ds).unwrap();
    assert_ne!(named, unnamed);
    let back = decode(&named, &ds).unwrap();
    assert_eq!(back.name.as_deref(), Some(GOLDEN_NAME));
    assert_eq!(back.scenario, typical(&ds));
    assert_eq!(back.view, golden_view());
    // A name is tidied, not refused: control characters become spaces, the ends are trimmed,
    // and a long one is cut to the app's limit.
    let messy = format!("  Phương án\u{7}A {}  ", "x".repeat(200));
    let link = encode(&typical(&ds), &golden_view(), Some(&messy), &ds).unwrap();
    let name = decode(&link, &ds).unwrap().name.unwrap();
    assert!(name.starts_with("Phương án A xxx"), "{name}");
    assert_eq!(name.chars().count(), ntm_model::codec::link::MAX_NAME_CHARS);
    // A saved name at the app's limit with " (2)" after it travels whole.
    let saved = format!("{} (2)", "đ".repeat(80));
    let link = encode(&typical(&ds), &golden_view(), Some(&saved), &ds).unwrap();
    assert_eq!(decode(&link, &ds).unwrap().name, Some(saved));
    // Marks that would reverse the text after them, or hide the name, are dropped.
    let reversed = "Kế hoạch \u{202e}đã duyệt\u{202c} của tỉnh";
    let link = encode(&typical(&ds), &golden_view(), Some(reversed), &ds).unwrap();
    let name = decode(&link, &ds).unwrap().name.unwrap();
    assert_eq!(name, "Kế hoạch đã duyệt của tỉnh");
    let invisible = "\u{200b}\u{200b}\u{feff}";
    let link = encode(&typical(&ds), &golden_view(), Some(invisible), &ds).unwrap();
    assert_eq!(decode(&link, &ds).unwrap().name, None);
}

/// `bytes` with the link's check (CRC-16/IBM-SDLC, big-endian) at the end.
fn checked(bytes: &[u8]) -> Vec<u8> {
    let crc = crc::Crc::<u16>::new(&crc::CRC_16_IBM_SDLC).checksum(bytes);
    let mut out = bytes.to_vec();
    out.extend_from_slice(&crc.to_be_bytes());
    out
}

/// A link as chat and mail programs pass it on still opens: `s%3D`, the standard base64
/// alphabet with padding, a line break in the middle. (The check refuses a real change.)
#[test]
fn a_link_passed_on_by_a_chat_or_mail_program_still_opens() {
    let ds = common::dataset();
    let sc = typical(&ds);
    let link = fragment(&sc, &View::default(), None, &ds).unwrap();
    let payload = link.strip_prefix("s=").unwrap().to_string();
    let standard = {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&payload)
            .unwrap();
        base64::engine::general_purpose::STANDARD.encode(bytes)
    };
    assert!(standard.contains(['+', '/', '=']) || standard != payload);
    let (a, b) = payload.split_at(payload.len() / 2);
    for altered in [
        format!("https://planner.example/#s%3D{payload}"),
        format!("#s%3d{payload}"),
        format!("s={standard}"),
        format!("s={}", standard.replace('+', "%2B").replace('/', "%2F")),
        format!("https://planner.example/#s={a}\n{b}"),
        format!("  s={a} {b}  "),
        // The end of a sentence, a mail program's brackets, an escaped line break or space.
        format!("https://planner.example/#s={payload}."),
        format!("<https://planner.example/#s={payload}>"),
        format!("(xem https://planner.example/#s={payload})."),
        format!("https://planner.example/#s={a}%0A{b}"),
        format!("https://planner.example/#s={a}%20{b}%20"),
        // …as a browser's address bar holds them: `>` and `"` escaped.
        format!("https://planner.example/#s={payload}%3E"),
        format!("https://planner.example/#s={payload}%22"),
        format!("https://planner.example/#s={payload}%29."),
    ] {
        let back = decode(&altered, &ds).unwrap_or_else(|e| panic!("{altered}: {e:?}"));
        assert_eq!(back.scenario, sc, "{altered}");
    }
    // One changed character is still refused.
    let mut changed = payload.clone().into_bytes();
    let i = changed.len() / 2;
    changed[i] = if changed[i] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).unwrap();
    assert!(decode(&format!("s={changed}"), &ds).is_err());
}

#[test]
fn hostile_and_broken_links_are_refused_with_a_reason() {
    let ds = common::dataset();
    let good = encode(&typical(&ds), &View::default(), None, &ds).unwrap();
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    type Expect = fn(&LinkError) -> bool;
    let cases: Vec<(String, Expect)> = vec![
        (String::new(), |e| *e == LinkError::Empty),
        ("#".into(), |e| *e == LinkError::Empty),
        ("#other=1".into(), |e| *e == LinkError::Empty),
        ("s=".to_string() + &"A".repeat(20_000), |e| {
            matches!(e, LinkError::TooLong(_))
        }),
        ("s=<script>alert(1)</script>".into(), |e| {
            *e == LinkError::NotBase64
        }),
        (format!("s={}", &good[..good.len() / 2]), |e| {
            matches!(e, LinkError::Corrupted | LinkError::NotBase64)
        }),
        (format!("s={}", b64(&[1, 0xff, 0xfe, 0x00, 0x13])), |e| {
            *e == LinkError::Corrupted
        }),
        (format!("s={}", b64(&[0, 6, 5, 1, 2, 3])), |e| {
            *e == LinkError::Newer
        }),
        // A first byte with a bit kept for later formats: made by a newer version if its
        // check is good, else damaged.
        (format!("s={}", b64(&checked(&[7, 0]))), |e| {
            *e == LinkError::Newer
        }),
        (format!("s={}", b64(&[7, 0, 0, 0])), |e| {
            *e == LinkError::Corrupted
        }),
        (format!("s={}", b64(&[0x40, 0])), |e| {
            *e == LinkError::Corrupted
        }),
        (format!("s={}", b64(&[0])), |e| *e == LinkError::Corrupted),
    ];
    for (link, expected) in cases {
        let err = decode(&link, &ds).expect_err(&link[..link.len().min(60)]);
        assert!(expected(&err), "{}: {err:?}", &link[..link.len().min(60)]);
    }
    // A deflate bomb: a body that inflates past the limit.
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 1_000_000], 10);
    let mut bytes = vec![1];
    bytes.extend(bomb);
    assert_eq!(
        decode(&format!("s={}", b64(&bytes)), &ds),
        Err(LinkError::Corrupted)
    );
}

#[test]
fn a_link_changed_in_transit_is_refused_not_read_as_another_scenario() {
    let ds = common::dataset();
    let good = encode(&typical(&ds), &View::default(), None, &ds).unwrap();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // Every character of the link replaced by every other one a link can have.
    let mut accepted = Vec::new();
    for i in 0..good.len() {
        for &c in alphabet {
            let mut b = good.clone().into_bytes();
            if b[i] == c {
                continue;
            }
            b[i] = c;
            let changed = String::from_utf8(b).unwrap();
            if decode(&changed, &ds).is_ok() {
                accepted.push(changed);
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "{} changed links read: {accepted:?}",
        accepted.len()
    );
    for extra in ["A", "AA", "AAA", "AAAA", "Zm9v"] {
        assert_eq!(
            decode(&format!("{good}{extra}"), &ds),
            Err(LinkError::Corrupted),
            "+{extra}"
        );
    }
    for cut in 1..6 {
        assert_eq!(
            decode(&good[..good.len() - cut], &ds),
            Err(LinkError::Corrupted),
            "-{cut}"
        );
    }
}

#[test]
fn a_link_for_another_dataset_is_refused() {
    let ds = common::dataset();
    let other = ntm_model::dataset::synthetic::synthetic(20, 10, 1).unwrap();
    let link = encode(&Scenario::defaults(&other), &View::default(), None, &other).unwrap();
    assert!(
        matches!(decode(&link, &ds), Err(LinkError::OtherDataset(id)) if id.starts_with("synthetic"))
    );
}

/// A province's own data: the default's files under `id`, with the first village's last
/// criterion `raise` points higher.
fn own_data(id: &str, raise: u32) -> ntm_model::Dataset {
    use ntm_model::dataset::embedded;
    let line = embedded::VILLAGES.lines().nth(1).unwrap();
    let (head, last) = line.rsplit_once(',').unwrap();
    let raised = format!("{head},{}", last.parse::<u32>().unwrap() + raise);
    ntm_model::Dataset::from_files(
        &embedded::PROVINCE.replacen("\"caobang-2020\"", &format!("\"{id}\""), 1),
        ntm_model::criteria::EMBEDDED_CRITERIA_JSON,
        embedded::COMMUNES,
        &embedded::VILLAGES.replacen(line, &raised, 1),
    )
    .unwrap()
}

/// A link carries the mark of the data it was made on, unless that is the embedded default
/// (whose links older builds read): opened on other data under the same id and version (the
/// province revised its files without a new version, or other data took the default's id), it
/// says the figures may differ instead of showing other figures without a word.
#[test]
fn a_link_says_when_it_opens_on_other_data_under_its_datasets_id() {
    let default = common::dataset();
    let own = own_data("caobang-own", 0);
    let revised = own_data("caobang-own", 7);
    let sc = typical(&own);
    let link = encode(&sc, &View::default(), None, &own).unwrap();
    assert_eq!(wire_variant(&link), 5, "the wire's sixth variant");
    let back = decode(&link, &own).unwrap();
    assert_eq!((back.scenario, back.data_differs), (sc.clone(), None));
    assert_eq!(
        decode(&link, &revised).unwrap().data_differs,
        Some(DataDiffers::Content)
    );
    assert!(matches!(
        decode(&link, &default),
        Err(LinkError::OtherDataset(_))
    ));
    // The same data saved again (another order of province.json's keys) keeps its mark.
    let resaved = ntm_model::Dataset::from_files(
        &serde_json::from_str::<serde_json::Value>(
            &ntm_model::dataset::embedded::PROVINCE.replacen(
                "\"caobang-2020\"",
                "\"caobang-own\"",
                1,
            ),
        )
        .unwrap()
        .to_string(),
        ntm_model::criteria::EMBEDDED_CRITERIA_JSON,
        ntm_model::dataset::embedded::COMMUNES,
        ntm_model::dataset::embedded::VILLAGES,
    )
    .unwrap();
    assert_eq!(decode(&link, &resaved).unwrap().data_differs, None);
    // The default's links carry no mark and read as before; opened on other data under the
    // default's id, and the other way round, they say so.
    let on_default = encode(&typical(&default), &View::default(), None, &default).unwrap();
    assert!(wire_variant(&on_default) < 5);
    let under_defaults_id = own_data(ntm_model::dataset::EMBEDDED_ID, 3);
    assert_eq!(
        decode(&on_default, &under_defaults_id)
            .unwrap()
            .data_differs,
        Some(DataDiffers::Content)
    );
    let made_there = encode(
        &typical(&default),
        &View::default(),
        None,
        &under_defaults_id,
    )
    .unwrap();
    assert_eq!(
        decode(&made_there, &default).unwrap().data_differs,
        Some(DataDiffers::Content)
    );
    assert_eq!(decode(&on_default, &default).unwrap().data_differs, None);
    // Another version is said as such, whatever the content.
    let mut newer = own_data("caobang-own", 0);
    newer.province.version += 1;
    assert_eq!(
        decode(&link, &newer).unwrap().data_differs,
        Some(DataDiffers::Version(own.province.version))
    );
}

/// A province whose plan runs to 2030 (its last targets moved from 2025 to 2030): its
/// scenarios simulate to 2030 by default.
fn plan_to_2030() -> ntm_model::Dataset {
    use ntm_model::dataset::embedded;
    ntm_model::Dataset::from_files(
        &embedded::PROVINCE
            .replacen("\"caobang-2020\"", "\"caobang-2030\"", 1)
            .replace("\"year\": 2025", "\"year\": 2030"),
        ntm_model::criteria::EMBEDDED_CRITERIA_JSON,
        embedded::COMMUNES,
        embedded::VILLAGES,
    )
    .unwrap()
}

/// Links leave out the horizon only when it is 2025 (the default of every dataset when links
/// began), not when it is the data's default: a link made before the default followed the
/// data's targets, on a province planning to 2030, ran to 2025 and must still do so.
#[test]
fn a_link_without_a_horizon_runs_to_2025_whatever_the_datas_default() {
    let ds = plan_to_2030();
    let sc = Scenario::defaults(&ds);
    assert_eq!(sc.until, 2030, "the data's last target year");
    let back = decode(&encode(&sc, &View::default(), None, &ds).unwrap(), &ds).unwrap();
    assert_eq!(back.scenario, sc);
    // What every build wrote for a 2025 horizon: no horizon at all.
    let to_2025 = Scenario {
        until: 2025,
        ..sc.clone()
    };
    let link = encode(&to_2025, &View::default(), None, &ds).unwrap();
    let shorter = encode(&sc, &View::default(), None, &ds).unwrap();
    assert!(link.len() < shorter.len(), "{link} carries no horizon");
    assert_eq!(decode(&link, &ds).unwrap().scenario.until, 2025);
    // The embedded default's links are as they were.
    let default = common::dataset();
    let plain = encode(
        &Scenario::defaults(&default),
        &View::default(),
        None,
        &default,
    )
    .unwrap();
    assert_eq!(decode(&plain, &default).unwrap().scenario.until, 2025);
}

/// The version 6 link released with the marks: it must keep opening on the data it was made
/// on without a warning, so the mark (the dataset's fingerprint) must not change for the same
/// data.
#[test]
fn a_released_link_made_on_own_data_still_knows_its_data() {
    let own = own_data("golden-own", 1);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/links/own-data");
    let path = format!("{dir}/v7-own-data.link");
    if std::env::var_os("UPDATE_EXPECT").is_some() && std::fs::metadata(&path).is_err() {
        let _ = std::fs::create_dir_all(dir);
        let sc = with_training_years(&own);
        let link = encode(&sc, &golden_view(), Some(GOLDEN_NAME), &own).unwrap();
        std::fs::write(&path, link).unwrap();
        std::fs::write(
            format!("{dir}/v7-own-data.json"),
            serde_json::to_string_pretty(&sc).unwrap(),
        )
        .unwrap();
    }
    let link = std::fs::read_to_string(&path).expect("the released link");
    let expected: Scenario =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/v7-own-data.json")).unwrap())
            .unwrap();
    let decoded = decode(link.trim(), &own).unwrap();
    assert_eq!(decoded.scenario, expected);
    assert_eq!(decoded.data_differs, None);
    assert_eq!(decoded.name.as_deref(), Some(GOLDEN_NAME));
    assert_eq!(
        decode(link.trim(), &own_data("golden-own", 2))
            .unwrap()
            .data_differs,
        Some(DataDiffers::Content)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn decode_inverts_encode(sc in common::scenario(&common::dataset(), 1..20_000), lang in 0u8..2, year in 2020u16..2031, name in proptest::option::of("\\PC{0,100}")) {
        let ds = common::dataset();
        let view = View { lang, tab: 3, chart: 2, year, district: Some(47), commune: None };
        let back = decode(&encode(&sc, &view, name.as_deref(), &ds).unwrap(), &ds).unwrap();
        prop_assert_eq!(back.scenario, sc);
        prop_assert_eq!(back.view, view);
        prop_assert_eq!(back.name, name.as_deref().and_then(ntm_model::codec::link::tidy_name));
    }

    #[test]
    fn decode_never_panics_on_strings(s in ".{0,400}") {
        let ds = common::dataset();
        let _ = decode(&s, &ds);
        let _ = decode(&format!("#s={s}"), &ds);
    }

    #[test]
    fn decode_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600), deflate in any::<bool>()) {
        let ds = common::dataset();
        let body = if deflate { miniz_oxide::deflate::compress_to_vec(&bytes, 6) } else { bytes };
        for flag in [0u8, 1] {
            let mut b = vec![flag];
            b.extend_from_slice(&body);
            let _ = decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&b), &ds);
        }
    }
}

/// A scenario in which nothing moves (no money, no trend, no slips, no sampling, no stricter
/// set): every year
/// repeats the base state, so browser tests can check figures against the data files.
fn frozen(ds: &ntm_model::Dataset) -> Scenario {
    let mut sc = Scenario::defaults(ds);
    sc.budget.scale_pct = 0.0;
    sc.policy.backsliding = false;
    // The stricter set would move the thresholds; keep the 2016–2020 set throughout.
    sc.policy.stricter_set_year = 2031;
    sc.assumptions.uncertainty = false;
    sc.assumptions
        .values
        .insert(ntm_model::params::ParamKey::TrendMultiplier, 0.0);
    sc.runs = 20;
    sc
}

#[test]
fn the_browser_tests_frozen_link_is_current() {
    let ds = common::dataset();
    let view = View {
        lang: 0,
        tab: 0,
        chart: 0,
        year: 2020,
        district: None,
        commune: None,
    };
    let link = fragment(&frozen(&ds), &view, None, &ds).unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/e2e/fixtures/frozen.link"
    );
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        let _ = std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap());
        std::fs::write(path, format!("{link}\n")).unwrap();
    }
    let committed = std::fs::read_to_string(path)
        .expect("tests/e2e/fixtures/frozen.link (UPDATE_EXPECT=1 makes it)");
    assert_eq!(committed.trim(), link);
    // And it really is frozen: every year is the base state.
    let r = ntm_model::simulate(&ds, &frozen(&ds));
    let base = ntm_model::sim::base_summary(&ds);
    assert!(r
        .series
        .avg_commune_criteria
        .p50
        .iter()
        .all(|x| (x - base.avg_commune_criteria).abs() < 1e-9));
}
