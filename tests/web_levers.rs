//! Component tests in headless Chromium for the lever controls and panels: a number lever
//! reads what is typed the reader's way, clamps it and steps with the arrow keys; a commune's
//! levers send the right edits (in the scenario's units) and show what they inherit; the
//! levers panel counts changes and resets them all.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use ntm_model::scenario::diff::{LeverPath, LeverValue, UnitField};
use ntm_model::{Dataset, Scenario};
use ntm_planner::components::controls::{NumberLever, NumberLeverProps};
use ntm_planner::components::levers::{
    CommuneLevers, CommuneLeversProps, LeverCtx, LeversPanel, LeversPanelProps,
};
use ntm_planner::i18n::Lang;
use ntm_planner::state::levers::{apply, Edit};
use ntm_planner::state::view::LeverScope;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{KeyboardEvent, KeyboardEventInit};
use yew::Callback;

use common::{by_testid, click, fire, input, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

fn ds() -> Rc<Dataset> {
    Rc::new(Dataset::caobang_2020().expect("the embedded dataset loads"))
}

/// A callback that records what it receives.
fn recorder<T: 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    (Callback::from(move |x: T| s.borrow_mut().push(x)), seen)
}

fn key(el: &web_sys::Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    el.dispatch_event(event.unchecked_ref()).expect("dispatch");
}

/// A lever showing `value` whose typed values land in the first list and slider moves in the
/// second.
async fn number_lever(
    lang: Lang,
    value: f64,
) -> (
    web_sys::Element,
    Rc<RefCell<Vec<f64>>>,
    Rc<RefCell<Vec<(f64, u32)>>>,
) {
    let root = mount_point();
    let (on_set, seen) = recorder::<f64>();
    let (on_slide, slid) = recorder::<(f64, u32)>();
    let props = NumberLeverProps {
        lang,
        id: "test-lever".into(),
        label: "Test".into(),
        unit: "tỷ đồng".into(),
        value,
        default: Some(100.0),
        inherited: false,
        above: None,
        min: 0.0,
        max: 2000.0,
        entry_min: 0.0,
        entry_max: 5000.0,
        step: 10.0,
        decimals: 1,
        changed: true,
        hint: None,
        note: None,
        above_text: None,
        beyond_note: None,
        tip: None,
        testid: Some("lever".into()),
        on_set,
        on_slide: Some(on_slide),
        on_reset: Callback::noop(),
    };
    yew::Renderer::<NumberLever>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, seen, slid)
}

#[wasm_bindgen_test]
async fn a_number_lever_reads_and_writes_numbers_the_readers_way() {
    let (root, seen, _) = number_lever(Lang::Vi, 1234.5).await;
    let field = input(by_testid(&root, "lever"));
    assert_eq!(field.value(), "1.234,5");
    assert!(text(&root).contains("đã đổi"));
    assert!(text(&root).contains("mặc định: 100 tỷ đồng"));

    // (typed, shown after, sent, the note under the box)
    let cases = [
        ("2.000,5", "2.000,5", Some(2000.5), ""),
        ("7,5", "7,5", Some(7.5), ""),
        // One decimal in this box: more are rounded away, so the box shows what is sent.
        ("7,25", "7,3", Some(7.3), "7,25 đã được làm tròn thành 7,3."),
        ("-0,04", "0", Some(0.0), "-0,04 đã được làm tròn thành 0."),
        // Out of range: kept, not set to the nearest end (a slip of the minus key cut a
        // budget to nothing).
        (
            "99999",
            "1.234,5",
            None,
            "99999 nằm ngoài khoảng 0–5.000: giữ nguyên 1.234,5.",
        ),
        (
            "-3",
            "1.234,5",
            None,
            "-3 nằm ngoài khoảng 0–5.000: giữ nguyên 1.234,5.",
        ),
        (
            "mười",
            "1.234,5",
            None,
            "“mười” không phải là một số viết kiểu Việt Nam (như 1.234,5): giữ nguyên 1.234,5.",
        ),
        // "1,120" too, though the box rounds it: the comma is what went wrong.
        (
            "1,120",
            "1,1",
            Some(1.1),
            "“1,120” được đọc là 1,1 (dấu phẩy là dấu thập phân). Một nghìn viết là 1.000.",
        ),
        // "1,000" is 1 here, and most likely meant a thousand: said, not silent.
        (
            "1,000",
            "1",
            Some(1.0),
            "“1,000” được đọc là 1 (dấu phẩy là dấu thập phân). Một nghìn viết là 1.000.",
        ),
        (
            "150%",
            "1.234,5",
            None,
            "“150%”: gõ số không kèm dấu % (đơn vị đã ghi cạnh ô): giữ nguyên 1.234,5.",
        ),
        // The value the box shows, typed another way: nothing is sent (a commune's box made a
        // setting of its own equal to what it inherits).
        ("1.234,50", "1.234,5", None, ""),
        // Emptied: the value stays, and the note says how to mean zero.
        (
            "  ",
            "1.234,5",
            None,
            "Ô để trống: giữ nguyên 1.234,5. Muốn đặt bằng 0 thì gõ 0.",
        ),
    ];
    let note = by_testid(&root, "lever-note");
    // The note describes the box, after its hint: coming back to the box repeats it.
    let described = field.get_attribute("aria-describedby").expect("described");
    assert_eq!(
        described.split(' ').nth(1),
        Some(note.id().as_str()),
        "{described}"
    );
    assert!(!note.id().is_empty());
    for (typed, shown, sent, said) in cases {
        seen.borrow_mut().clear();
        field.set_value(typed);
        fire(&field, "change");
        assert_eq!(field.value(), shown, "{typed}");
        assert_eq!(seen.borrow().last().copied(), sent, "{typed}");
        assert_eq!(text(&note), said, "{typed}");
    }
    // Typing again takes the note away.
    fire(&field, "input");
    assert_eq!(text(&note), "");
    // Text not yet taken gets a cue, and Esc puts the value taken back, sending nothing.
    seen.borrow_mut().clear();
    field.set_value("150");
    fire(&field, "input");
    assert_eq!(text(&note), "Nhấn Enter (hoặc Tab) để áp dụng; Esc để bỏ.");
    key(&field, "Escape");
    assert_eq!(field.value(), "1.234,5");
    assert_eq!(text(&note), "");
    assert!(seen.borrow().is_empty());
    // Typed back to the value taken, the cue goes.
    field.set_value("15");
    fire(&field, "input");
    assert_ne!(text(&note), "");
    field.set_value("1.234,5");
    fire(&field, "input");
    assert_eq!(text(&note), "");

    // 1.234,5 is off the slider's grid of 10: the slider steps by 0,1 so its thumb sits there.
    assert_eq!(input(by_testid(&root, "lever-range")).step(), "0.1");
    let (on_grid, _, _) = number_lever(Lang::Vi, 1230.0).await;
    assert_eq!(input(by_testid(&on_grid, "lever-range")).step(), "10");

    let (en, seen, slid) = number_lever(Lang::En, 1234.5).await;
    let field = input(by_testid(&en, "lever"));
    assert_eq!(field.value(), "1,234.5");
    // "2.000" is 2 in English, and most likely meant two thousand: said, not silent.
    field.set_value("2.000");
    fire(&field, "change");
    assert_eq!(seen.borrow().last().copied(), Some(2.0));
    assert_eq!(
        text(&by_testid(&en, "lever-note")),
        "“2.000” was read as 2 (the dot marks decimals in English). A thousand is 1,000."
    );
    field.set_value("1,234.5");
    fire(&field, "change");
    key(&field, "ArrowUp");
    assert_eq!(seen.borrow().last().copied(), Some(1240.0), "a step up");
    // The slider's moves go their own way (a drag is one undo step), typed values not.
    let slider = input(by_testid(&en, "lever-range"));
    slider.set_value("500");
    fire(&slider, "input");
    let (x, drag) = slid.borrow().last().copied().expect("a move");
    assert_eq!(x, 500.0);
    assert_eq!(seen.borrow().last().copied(), Some(1240.0));
    // Moves until the slider is let go are one drag; the next move is another.
    slider.set_value("600");
    fire(&slider, "input");
    assert_eq!(slid.borrow().last().copied(), Some((600.0, drag)));
    fire(&slider, "change");
    slider.set_value("700");
    fire(&slider, "input");
    assert_ne!(slid.borrow().last().map(|m| m.1), Some(drag));
}

#[wasm_bindgen_test]
async fn a_value_past_the_slider_is_kept_and_said() {
    let (within, _, _) = number_lever(Lang::Vi, 1234.5).await;
    assert!(within
        .query_selector("[data-testid=lever-beyond]")
        .expect("query")
        .is_none());

    let (past, _, _) = number_lever(Lang::Vi, 3000.0).await;
    assert_eq!(input(by_testid(&past, "lever")).value(), "3.000");
    assert_eq!(
        text(&by_testid(&past, "lever-beyond")).trim(),
        "· ngoài khoảng thường dùng 0–2.000 tỷ đồng: kiểm tra lại nếu không cố ý"
    );
    let (en, _, _) = number_lever(Lang::En, 3000.0).await;
    assert_eq!(
        text(&by_testid(&en, "lever-beyond")).trim(),
        "· beyond the usual range 0–2,000 tỷ đồng: check it is meant"
    );
}

fn ctx(scenario: Scenario, on_edit: Callback<Edit>) -> LeverCtx {
    let ds = ds();
    LeverCtx {
        lang: Lang::Vi,
        defaults: Rc::new(Scenario::defaults(&ds)),
        scenario: Rc::new(scenario),
        dataset: ds,
        on_edit,
    }
}

#[wasm_bindgen_test]
async fn commune_levers_send_edits_in_the_scenarios_units_and_show_what_is_inherited() {
    let ds = ds();
    let i = ds.commune_index("01645").expect("Tiên Thành");
    let district = ds.districts[ds.communes[i].district].code.clone();
    let mut sc = Scenario::defaults(&ds);
    // The district asks for leadership 0.9: the commune inherits it.
    sc.districts.insert(
        district,
        ntm_model::scenario::UnitLevers {
            leadership: Some(0.9),
            ..Default::default()
        },
    );
    let (on_edit, seen) = recorder::<Edit>();
    let root = mount_point();
    let props = CommuneLeversProps {
        ctx: ctx(sc, on_edit),
        commune: i,
        id_prefix: "t".into(),
    };
    yew::Renderer::<CommuneLevers>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let lead = input(by_testid(&root, "t-leadership"));
    assert_eq!(lead.value(), "90", "inherited from the district, in %");
    assert!(text(&root).contains("theo cấp trên: 90%"));
    lead.set_value("60");
    fire(&lead, "change");
    let code = "01645".to_string();
    assert_eq!(
        seen.borrow().last(),
        Some(&Edit::Set(
            LeverPath::Commune(code.clone(), UnitField::Leadership),
            LeverValue::Number(0.6)
        ))
    );

    let support = by_testid(&root, "t-support");
    let select: web_sys::HtmlSelectElement = support.dyn_into().expect("a select");
    select.set_value("yes");
    fire(&select, "change");
    assert_eq!(
        seen.borrow().last(),
        Some(&Edit::Set(
            LeverPath::Commune(code.clone(), UnitField::SupportUnit),
            LeverValue::Flag(true)
        ))
    );
    click(&by_testid(&root, "t-reset"));
    assert_eq!(
        seen.borrow().len(),
        2,
        "reset is disabled while nothing is set"
    );
}

/// Tiên Thành's levers, from `levers`, mounted and rendered.
async fn commune_levers_of(levers: ntm_model::scenario::UnitLevers) -> web_sys::Element {
    let mut sc = Scenario::defaults(&ds());
    sc.communes.insert("01645".to_string(), levers);
    commune_levers_in(sc).await
}

/// Tiên Thành's levers in scenario `sc`.
async fn commune_levers_in(sc: Scenario) -> web_sys::Element {
    let ds = ds();
    let i = ds.commune_index("01645").expect("Tiên Thành");
    let root = mount_point();
    let props = CommuneLeversProps {
        ctx: ctx(sc, Callback::noop()),
        commune: i,
        id_prefix: "t".into(),
    };
    yew::Renderer::<CommuneLevers>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn a_commune_left_out_of_the_allocation_says_its_fixed_amount_and_priority_do_nothing() {
    use ntm_model::scenario::UnitLevers;
    let warning = |root: &web_sys::Element| {
        root.query_selector("[data-testid=unit-excluded-overrides]")
            .expect("query")
            .map(|el| text(&el))
    };
    let both = commune_levers_of(UnitLevers {
        excluded: Some(true),
        fixed_amount: Some(5.0),
        priority: Some(true),
        ..Default::default()
    })
    .await;
    let said = warning(&both).expect("the conflict is said");
    assert!(
        said.contains("vốn cấp thêm cố định và ưu tiên khi chia vốn không có tác dụng"),
        "{said}"
    );
    let fixed = commune_levers_of(UnitLevers {
        excluded: Some(true),
        fixed_amount: Some(5.0),
        ..Default::default()
    })
    .await;
    assert!(warning(&fixed)
        .expect("said")
        .contains("nên vốn cấp thêm cố định không"));
    // Left out alone, or funded with a fixed amount: nothing to say.
    let alone = commune_levers_of(UnitLevers {
        excluded: Some(true),
        ..Default::default()
    })
    .await;
    assert_eq!(warning(&alone), None);
    let funded = commune_levers_of(UnitLevers {
        excluded: Some(false),
        fixed_amount: Some(5.0),
        priority: Some(true),
        ..Default::default()
    })
    .await;
    assert_eq!(warning(&funded), None);
}

/// The levers panel for `ctx`, at `scope` (and `district`), mounted and rendered.
fn levers_panel(ctx: LeverCtx, scope: LeverScope, district: Option<usize>) -> web_sys::Element {
    let root = mount_point();
    let props = LeversPanelProps {
        ctx,
        scope,
        district,
        commune: None,
        detail_open: false,
        on_set_scope: Callback::noop(),
        on_select_district: Callback::noop(),
        on_pick_commune: Callback::noop(),
        on_open_commune: Callback::noop(),
    };
    yew::Renderer::<LeversPanel>::with_root_and_props(root.clone(), props).render();
    root
}

#[wasm_bindgen_test]
async fn the_levers_panel_counts_changes_and_resets_them_all() {
    let ds = ds();
    let defaults = Scenario::defaults(&ds);
    let edits = [
        Edit::Set(LeverPath::BudgetScale, LeverValue::Number(150.0)),
        Edit::Set(LeverPath::Leadership, LeverValue::Number(0.8)),
        Edit::Set(
            LeverPath::Assumption(ntm_model::params::ParamKey::Noise),
            LeverValue::Number(0.6),
        ),
    ];
    let mut sc = defaults.clone();
    for e in &edits {
        sc = apply(&sc, &defaults, &ds, e).expect("changes");
    }
    let (on_edit, seen) = recorder::<Edit>();
    let root = levers_panel(ctx(sc.clone(), on_edit), LeverScope::Province, None);
    yew::scheduler::flush().await;
    // Two levers; the assumption is counted on its own panel.
    assert_eq!(
        text(&by_testid(&root, "changed-count")),
        "2 đòn bẩy đã thay đổi so với mặc định"
    );
    let changed_marks = root
        .query_selector_all(".changed-mark")
        .expect("selector")
        .length();
    assert_eq!(changed_marks, 2);
    // The budget table's note reconciles its 2020 column with what the model spends: half
    // of it (the base date is mid-2020), at the 150 % scale.
    let used: f64 = sc.budget_available(&ds)[0].iter().sum();
    let details = by_testid(&root, "budget-details");
    details.set_attribute("open", "").expect("open");
    fire(&details, "toggle");
    until("the budget table", || {
        root.query_selector("[data-testid=budget-first-year]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let note = text(&by_testid(&root, "budget-first-year"));
    assert!(
        note.starts_with(&format!(
            "Năm 2020 chỉ tính phần sau ngày gốc của dữ liệu: mô hình dùng {} trong ",
            Lang::Vi.number_short(used, 1)
        )),
        "{note}"
    );
    // Each source's row says its default figures are an assumption, and what from.
    let heads = root
        .query_selector_all("[data-testid=budget-table] tbody th")
        .expect("selector");
    assert_eq!(
        heads.length() as usize,
        ntm_model::scenario::Source::ALL.len()
    );
    for k in 0..heads.length() {
        let title = heads
            .item(k)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            .and_then(|th| th.get_attribute("title"))
            .unwrap_or_default();
        assert!(
            title.contains(" · Số mặc định là giả định, suy từ số liệu công bố: "),
            "{title}"
        );
    }
    // And the whole period's money, which the report gives: every year's part the model uses.
    let period: f64 = sc.budget_available(&ds).iter().flatten().sum();
    assert_eq!(
        text(&by_testid(&root, "budget-period-total")),
        format!(
            "Cả giai đoạn 7/2020–2025: {} tỷ đồng, tổng các năm mà mô hình dùng (“Tổng vốn” ở báo cáo).",
            Lang::Vi.number(period, 0)
        )
    );
    click(&by_testid(&root, "reset-all-levers"));
    assert_eq!(seen.borrow().as_slice(), &[Edit::ResetLevers]);
    // Nothing changed: the button is off (but keeps the keyboard's focus) and does nothing.
    let unchanged = levers_panel(ctx(defaults, Callback::noop()), LeverScope::Province, None);
    yew::scheduler::flush().await;
    let button = by_testid(&unchanged, "reset-all-levers");
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert!(!button.has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn fixed_amounts_past_the_pooled_money_are_said_in_the_levers_panel() {
    let ds = ds();
    let render =
        |sc: Scenario| levers_panel(ctx(sc, Callback::noop()), LeverScope::District, Some(0));
    let defaults = Scenario::defaults(&ds);
    let quiet = render(defaults.clone());
    yew::scheduler::flush().await;
    for id in ["fixed-overrun", "unit-fixed-overrun"] {
        let found = quiet
            .query_selector(&format!("[data-testid=\"{id}\"]"))
            .expect("selector");
        assert!(found.is_none(), "{id}");
    }

    let mut sc = defaults;
    sc.districts.insert(
        ds.districts[0].code.clone(),
        ntm_model::scenario::UnitLevers {
            fixed_amount: Some(1000.0),
            ..Default::default()
        },
    );
    let root = render(sc);
    yew::scheduler::flush().await;
    let said = text(&by_testid(&root, "fixed-overrun"));
    // Every year is cut (the warning named only the first), the least paid one with figures.
    assert!(
        said.starts_with("Các năm 2020–2025: vốn cấp thêm cố định")
            && said.contains("giảm theo cùng một tỷ lệ")
            && said.contains("Nặng nhất là năm 20"),
        "{said}"
    );
    // How much of it each amount gets: the pooled money over what was asked, rounded down.
    assert!(said.ends_with("% số đã đặt."), "{said}");
    // The figures it states divide to the share it states (a pool of 92,5 said as "93" did not).
    let between = |from: &str, to: &str| -> f64 {
        let start = said.find(from).expect(from) + from.len();
        let end = start + said[start..].find(to).expect(to);
        said[start..end]
            .replace('.', "")
            .replace(',', ".")
            .parse()
            .expect("a number")
    };
    let (fixed, pooled) = (between("đặt ", " tỷ"), between("có ", " tỷ"));
    let share = between("chỉ nhận ", "%");
    assert!(
        ((pooled / fixed * 1000.0).floor() / 10.0 - share).abs() < 0.15,
        "{said}"
    );
    // And under the district's own fixed-amount box, where the amount was typed, before the
    // training boxes below it (after them it was out of sight).
    let unit_said = by_testid(&root, "unit-fixed-overrun");
    assert_eq!(text(&unit_said), said);
    let follows = |a: &web_sys::Element, b: &web_sys::Element| {
        a.compare_document_position(b) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0
    };
    assert!(follows(&by_testid(&root, "district-0-fixed"), &unit_said));
    assert!(follows(&unit_said, &by_testid(&root, "district-0-cadres")));
}

#[wasm_bindgen_test]
async fn support_units_given_past_the_province_s_number_are_said_in_the_levers_panel() {
    let ds = ds();
    let render =
        |sc: Scenario| levers_panel(ctx(sc, Callback::noop()), LeverScope::District, Some(0));
    let mut sc = Scenario::defaults(&ds);
    sc.support_units = 0;
    sc.districts.insert(
        ds.districts[0].code.clone(),
        ntm_model::scenario::UnitLevers {
            support_unit: Some(true),
            ..Default::default()
        },
    );
    let xa = ds
        .communes
        .iter()
        .filter(|c| c.district == 0 && c.is_candidate())
        .count();
    let root = render(sc.clone());
    yew::scheduler::flush().await;
    let said = text(&by_testid(&root, "support-overrun"));
    assert!(
        said.starts_with(&format!(
            "Thiết lập “Có đơn vị hỗ trợ” của các huyện, xã dành đơn vị đỡ đầu cho {xa} xã, nhiều hơn 0 đơn vị"
        )),
        "{said}"
    );
    // Within the province's number: nothing to say.
    sc.support_units = 70;
    let quiet = render(sc);
    yew::scheduler::flush().await;
    assert!(quiet
        .query_selector("[data-testid=support-overrun]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_district_left_out_of_the_allocation_says_so_on_its_chip() {
    let ds = ds();
    let defaults = Scenario::defaults(&ds);
    let code = ds.districts[1].code.clone();
    let set = |sc: &Scenario, field: UnitField, value: LeverValue| {
        apply(
            sc,
            &defaults,
            &ds,
            &Edit::Set(LeverPath::District(code.clone(), field), value),
        )
        .expect("set")
    };
    let sc = set(&defaults, UnitField::Excluded, LeverValue::Flag(true));
    let root = levers_panel(
        ctx(sc.clone(), Callback::noop()),
        LeverScope::District,
        None,
    );
    yew::scheduler::flush().await;
    let chip = by_testid(&root, "changed-district");
    let name = ds.districts[1].name.clone();
    // Shown, and read out with the setting it stands for (three alike chips hid it).
    assert_eq!(text(&chip), format!("{name} · không cấp vốn"));
    assert_eq!(
        chip.get_attribute("aria-label").as_deref(),
        Some(format!("{name}: Loại khỏi phân bổ vốn: Có").as_str())
    );
    assert_eq!(
        chip.get_attribute("title").as_deref(),
        Some(format!("{name}: Loại khỏi phân bổ vốn: Có").as_str())
    );
    // A fixed amount it also has is said to do nothing, as its levers say.
    let sc = set(&sc, UnitField::FixedAmount, LeverValue::Number(2.0));
    let root = levers_panel(
        ctx(sc.clone(), Callback::noop()),
        LeverScope::District,
        None,
    );
    yew::scheduler::flush().await;
    let label = by_testid(&root, "changed-district")
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(
        label.contains("Vốn cấp thêm cố định mỗi năm: 2 tỷ đồng/xã/năm (không áp dụng)"),
        "{label}"
    );
    // A commune of it with a fixed amount of its own gets nothing either: its chip says so,
    // and why; until the commune takes itself back in.
    let i = (0..ds.communes.len())
        .find(|&i| ds.communes[i].district == 1)
        .expect("a commune of the district");
    let commune = ds.communes[i].code.clone();
    let own = |sc: &Scenario, field: UnitField, value: LeverValue| {
        apply(
            sc,
            &defaults,
            &ds,
            &Edit::Set(LeverPath::Commune(commune.clone(), field), value),
        )
        .expect("set")
    };
    let sc = own(&sc, UnitField::FixedAmount, LeverValue::Number(1.5));
    let chip_of = |sc: &Scenario| {
        let root = levers_panel(ctx(sc.clone(), Callback::noop()), LeverScope::Commune, None);
        async move {
            yew::scheduler::flush().await;
            by_testid(&root, "changed-commune")
        }
    };
    let chip = chip_of(&sc).await;
    let commune_name = ds.communes[i].name.clone();
    assert_eq!(text(&chip), format!("{commune_name} · không cấp vốn"));
    assert_eq!(
        chip.get_attribute("aria-label").as_deref(),
        Some(
            format!(
                "{commune_name}: Huyện loại khỏi phân bổ vốn; \
                 Vốn cấp thêm cố định mỗi năm: 1,5 tỷ đồng/năm (không áp dụng)"
            )
            .as_str()
        )
    );
    let sc = own(&sc, UnitField::Excluded, LeverValue::Flag(false));
    let chip = chip_of(&sc).await;
    assert_eq!(text(&chip), commune_name);
    let label = chip.get_attribute("aria-label").unwrap_or_default();
    assert!(!label.contains("không áp dụng"), "{label}");
}

#[wasm_bindgen_test]
async fn communes_with_the_same_name_are_told_apart_in_the_changed_list() {
    let ds = ds();
    let defaults = Scenario::defaults(&ds);
    let mut sc = defaults.clone();
    // Every Vĩnh Quang (there are two, in different districts) and one commune with a name of
    // its own, each with a setting.
    let twins: Vec<usize> = (0..ds.communes.len())
        .filter(|&i| ds.communes[i].name == "Vĩnh Quang")
        .collect();
    assert_eq!(twins.len(), 2, "the dataset has two Vĩnh Quang");
    let unique = (0..ds.communes.len())
        .find(|&i| {
            ds.communes
                .iter()
                .filter(|c| c.name == ds.communes[i].name)
                .count()
                == 1
        })
        .expect("a unique name");
    for &i in twins.iter().chain([&unique]) {
        let path = LeverPath::Commune(ds.communes[i].code.clone(), UnitField::Priority);
        sc = apply(
            &sc,
            &defaults,
            &ds,
            &Edit::Set(path, LeverValue::Flag(true)),
        )
        .expect("set");
    }
    let root = levers_panel(ctx(sc, Callback::noop()), LeverScope::Commune, None);
    yew::scheduler::flush().await;
    let chips: Vec<String> = root
        .query_selector_all("[data-testid=changed-commune]")
        .expect("selector")
        .values()
        .into_iter()
        .filter_map(|n| n.ok())
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| {
            // Each chip is read out with its commune's settings, after the name it shows.
            let label = e.get_attribute("aria-label").unwrap_or_default();
            assert_eq!(
                label,
                format!("{}: Được ưu tiên khi chia vốn: Có", text(&e))
            );
            text(&e)
        })
        .collect();
    assert_eq!(chips.len(), 3, "{chips:?}");
    let with_district = chips
        .iter()
        .filter(|c| c.starts_with("Vĩnh Quang — "))
        .count();
    assert_eq!(with_district, 2, "{chips:?}");
    assert!(chips.contains(&ds.communes[unique].name), "{chips:?}");
}

#[wasm_bindgen_test]
async fn the_border_first_rule_says_how_many_communes_the_data_marks() {
    let ds = ds();
    let root = levers_panel(
        ctx(Scenario::defaults(&ds), Callback::noop()),
        LeverScope::Province,
        None,
    );
    yew::scheduler::flush().await;
    let xa = || ds.communes.iter().filter(|c| c.is_candidate());
    let marked = xa()
        .filter(|c| c.border == Some(true) || c.scope_1385)
        .count();
    let unknown = xa().filter(|c| c.border.is_none() && !c.scope_1385).count();
    assert!(marked > 0 && unknown > 0);
    let said = text(&by_testid(&root, "rule-border-data"));
    assert!(
        said.starts_with(&format!("Trong dữ liệu, {marked} xã là xã biên giới")),
        "{said}"
    );
    assert!(said.contains(&format!("{unknown} xã chưa rõ")), "{said}");
}

/// The training group's province totals: the model's plan, in the reader's numbers, with a
/// commune's own training in its years only.
#[wasm_bindgen_test]
async fn the_training_totals_table_sums_every_commune_s_own_training_in_its_years() {
    let ds = ds();
    let mut sc = Scenario::defaults(&ds);
    let code = ds
        .communes
        .iter()
        .find(|c| c.is_candidate())
        .map(|c| c.code.clone())
        .expect("a xã");
    sc.communes.insert(
        code,
        ntm_model::scenario::UnitLevers {
            training: Some(ntm_model::scenario::TrainingOverride {
                cadres: Some(500.0),
                ..Default::default()
            }),
            training_from: Some(2023),
            training_until: Some(2023),
            ..Default::default()
        },
    );
    let plan = ntm_model::sim::training_plan(&ds, &sc);
    let root = levers_panel(ctx(sc, Callback::noop()), LeverScope::Province, None);
    yew::scheduler::flush().await;
    let details = by_testid(&root, "training-totals-toggle");
    details.set_attribute("open", "").expect("open");
    fire(&details, "toggle");
    until("the totals table", || {
        root.query_selector("[data-testid=training-totals]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let table = by_testid(&root, "training-totals");
    let cells = |row: usize| -> Vec<String> {
        let tr = table
            .query_selector_all("tbody tr")
            .expect("rows")
            .item(row as u32)
            .expect("row")
            .dyn_into::<web_sys::Element>()
            .expect("element");
        let tds = tr.query_selector_all("td").expect("cells");
        (0..tds.length())
            .map(|i| {
                tds.item(i)
                    .and_then(|n| n.text_content())
                    .unwrap_or_default()
            })
            .collect()
    };
    let cadres = cells(0);
    let mut want: Vec<String> = plan
        .iter()
        .map(|y| Lang::Vi.number(y.people.cadres, 0))
        .collect();
    // The last column: the whole period's.
    want.push(Lang::Vi.number(plan.iter().map(|y| y.people.cadres).sum(), 0));
    assert_eq!(cadres, want);
    // The commune's 500 cadres fall in 2023 alone: the year stands out from its neighbours.
    let at = |year: u16| plan.iter().position(|y| y.year == year).expect("year");
    assert!(plan[at(2023)].people.cadres > plan[at(2022)].people.cadres + 400.0);
    assert!(plan[at(2024)].people.cadres < plan[at(2023)].people.cadres - 400.0);
    let cost = cells(4);
    assert_eq!(
        cost[..plan.len()],
        plan.iter()
            .map(|y| Lang::Vi.number(y.cost, 1))
            .collect::<Vec<_>>()
    );
    let head = text(
        &table
            .query_selector("thead")
            .expect("head")
            .expect("a head"),
    );
    assert!(head.ends_with("Tổng 7/2020–2025"), "{head}");
    let whole = text(&table);
    assert!(whole.contains("không phải kết quả mô phỏng"), "{whole}");
    assert!(
        whole.contains("30/06/2020") || whole.contains("30/6/2020"),
        "{whole}"
    );
}

/// A choice whose value is held above it, as the scenario holds the stricter set's year, with
/// a button that puts 2024 back, as an undo after picking 2024 then 2023 does.
#[yew::component]
fn HeldChoice() -> yew::Html {
    use yew::prelude::*;
    let value = use_state(|| AttrValue::from("2022"));
    let on_select = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(AttrValue::from(v)))
    };
    let undo = {
        let value = value.clone();
        Callback::from(move |_: MouseEvent| value.set(AttrValue::from("2024")))
    };
    html! {
        <>
            <ntm_planner::components::controls::ChoiceLever
                lang={Lang::Vi}
                id="held"
                label="Năm"
                options={["2022", "2023", "2024"].map(|y| (AttrValue::from(y), AttrValue::from(y))).to_vec()}
                selected={(*value).clone()}
                changed={*value != "2022"}
                testid="held-choice"
                {on_select}
                on_reset={Callback::noop()}
            />
            <button data-testid="held-undo" onclick={undo}>{ "undo" }</button>
        </>
    }
}

#[wasm_bindgen_test]
async fn a_choice_shows_the_value_put_back_by_an_undo() {
    let root = mount_point();
    yew::Renderer::<HeldChoice>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let select: web_sys::HtmlSelectElement = by_testid(&root, "held-choice").unchecked_into();
    assert_eq!(select.value(), "2022");
    // The planner picks 2024, then 2023.
    // Picked as a person picks: the option's own `selected`, which marks the box "dirty" (its
    // options' `selected` attributes no longer move it).
    for year in ["2024", "2023"] {
        let option = select
            .query_selector(&format!("option[value='{year}']"))
            .expect("selector")
            .expect("the option");
        js_sys::Reflect::set(&option, &"selected".into(), &true.into()).expect("selected");
        fire(&select, "change");
        yew::scheduler::flush().await;
        assert_eq!(select.value(), year);
    }
    // Undo puts 2024 back: the box says so (it stayed on 2023).
    click(&by_testid(&root, "held-undo"));
    yew::scheduler::flush().await;
    until("the box follows the value", || select.value() == "2024").await;
}

/// Own training from 2024 in a scenario simulated to 2022: the note under its multiplier says
/// it applies in no year, not "2024–2022".
#[wasm_bindgen_test]
async fn own_training_years_past_the_last_simulated_year_are_said_to_apply_in_none() {
    let mut sc = Scenario::defaults(&ds());
    sc.until = 2022;
    sc.communes.insert(
        "01645".to_string(),
        ntm_model::scenario::UnitLevers {
            training_scale: Some(5.0),
            training_from: Some(2024),
            ..Default::default()
        },
    );
    let root = commune_levers_in(sc.clone()).await;
    let all = text(&root);
    assert!(!all.contains("2024–2022"), "{all}");
    assert!(
        all.contains("Mức riêng không áp dụng năm nào trong các năm mô phỏng"),
        "{all}"
    );
    root.remove();
    // Simulated to 2025, the same setting applies in 2024–2025.
    sc.until = 2025;
    let root = commune_levers_in(sc).await;
    assert!(
        text(&root).contains("Mức riêng áp dụng trong các năm 2024–2025"),
        "{}",
        text(&root)
    );
    root.remove();
}
