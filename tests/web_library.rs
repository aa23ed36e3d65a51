//! Component tests in headless Chromium for the scenarios dialog: each action on a saved
//! scenario sends the right `LibraryAction` (and delete or overwrite only after confirming),
//! a locked library allows nothing that writes, ready-made scenarios open or join the
//! library, and a dropped file is checked: a wrong one says why in both languages and sends
//! nothing, a good one can be opened.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use ntm_model::codec::file::scenario_to_json;
use ntm_model::scenario::presets;
use ntm_model::{Dataset, Scenario};
use ntm_planner::components::library::{LibraryCtx, LibraryPanel, LibraryPanelProps};
use ntm_planner::i18n::Lang;
use ntm_planner::library::Library;
use ntm_planner::state::LibraryAction;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{DataTransfer, DragEvent, DragEventInit, Element, File, HtmlButtonElement};
use yew::Callback;

use common::{by_testid, click, fire, input, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

fn ds() -> Rc<Dataset> {
    Rc::new(Dataset::caobang_2020().expect("the embedded dataset loads"))
}

fn recorder<T: 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    (Callback::from(move |x: T| s.borrow_mut().push(x)), seen)
}

struct Panel {
    root: Element,
    actions: Rc<RefCell<Vec<LibraryAction>>>,
    loaded: Rc<RefCell<Vec<Scenario>>>,
    /// Files opened: the scenario and the name it is opened under.
    opened: Rc<RefCell<Vec<(Scenario, String)>>>,
    closed: Rc<RefCell<Vec<()>>>,
    scenario: Scenario,
}

/// The panel over a library of two: "Tăng vốn" (s1, budget 150%) and "Mặc định" (s2, the
/// defaults, which are on screen).
async fn panel(locked: bool, tab: usize) -> Panel {
    named_panel(locked, tab, None).await
}

/// [`panel`], the scenario on screen opened by a link that named it `link_name`.
async fn named_panel(locked: bool, tab: usize, link_name: Option<&str>) -> Panel {
    let ds = ds();
    let defaults = Scenario::defaults(&ds);
    let mut more = defaults.clone();
    more.budget.scale_pct = 150.0;
    let mut library = Library::default();
    library
        .save("Tăng vốn", more, "2026-11-30T02:38:05.000Z", "K")
        .unwrap();
    library
        .save(
            "Mặc định",
            defaults.clone(),
            "2026-11-30T03:00:00.000Z",
            "K",
        )
        .unwrap();
    panel_of(library, locked, tab, link_name).await
}

/// The panel over `library`, the defaults on screen.
async fn panel_of(library: Library, locked: bool, tab: usize, link_name: Option<&str>) -> Panel {
    let ds = ds();
    let defaults = Scenario::defaults(&ds);
    let (on_library, actions) = recorder();
    let (on_load, loaded) = recorder();
    let (on_open_file, opened) = recorder();
    let (on_close, closed) = recorder();
    let root = mount_point();
    let props = LibraryPanelProps {
        ctx: LibraryCtx {
            lang: Lang::Vi,
            dataset: ds.clone(),
            defaults: Rc::new(defaults.clone()),
            scenario: Rc::new(defaults.clone()),
            library: Rc::new(library),
            locked,
            unreadable: false,
            on_keep: Callback::noop(),
            on_library,
            link_name: link_name.map(|n| n.to_string().into()),
        },
        problem: None,
        refused: None,
        on_load,
        on_open_file,
        on_dismiss_notice: Callback::noop(),
        on_close,
        tab,
    };
    yew::Renderer::<LibraryPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Panel {
        root,
        actions,
        loaded,
        opened,
        closed,
        scenario: defaults,
    }
}

fn disabled(root: &Element, id: &str) -> bool {
    by_testid(root, id)
        .dyn_into::<HtmlButtonElement>()
        .expect("a button")
        .disabled()
}

async fn press(root: &Element, id: &str) {
    click(&by_testid(root, id));
    yew::scheduler::flush().await;
}

async fn type_into(root: &Element, id: &str, value: &str) {
    let field = input(by_testid(root, id));
    field.set_value(value);
    fire(&field, "input");
    yew::scheduler::flush().await;
}

/// The actions so far, with their clock readings blanked.
fn taken(p: &Panel) -> Vec<LibraryAction> {
    p.actions
        .borrow_mut()
        .drain(..)
        .map(|a| match a {
            LibraryAction::SaveCurrent { name, fallback, .. } => LibraryAction::SaveCurrent {
                name,
                fallback,
                now: String::new(),
            },
            LibraryAction::Save {
                name,
                fallback,
                scenario,
                ..
            } => LibraryAction::Save {
                name,
                fallback,
                now: String::new(),
                scenario,
            },
            LibraryAction::Duplicate { id, .. } => LibraryAction::Duplicate {
                id,
                now: String::new(),
            },
            LibraryAction::Overwrite { id, .. } => LibraryAction::Overwrite {
                id,
                now: String::new(),
            },
            a => a,
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_list_shows_each_saved_scenario_with_when_and_its_key_levers() {
    let p = panel(false, 0).await;
    let items = p
        .root
        .query_selector_all("[data-testid=saved-item]")
        .unwrap();
    assert_eq!(items.length(), 2);
    assert_eq!(text(&by_testid(&p.root, "saved-title-s1")), "Tăng vốn");
    let when = text(&by_testid(&p.root, "saved-when-s1"));
    assert!(
        when.starts_with("Lưu lúc ") && when.contains("/11/2026"),
        "{when}"
    );
    let item = text(&items.item(0).unwrap().unchecked_into::<Element>());
    assert!(item.contains("150% kế hoạch"), "{item}");
    assert!(item.contains("Chia vốn: Chia đều"), "{item}");
    // The scenario on screen is marked, and overwriting it with itself is pointless.
    assert!(p
        .root
        .query_selector("[data-testid=saved-on-screen-s1]")
        .unwrap()
        .is_none());
    assert_eq!(text(&by_testid(&p.root, "saved-on-screen-s2")), "đang xem");
    assert!(disabled(&p.root, "saved-overwrite-s2"));
    assert!(!disabled(&p.root, "saved-overwrite-s1"));
    p.root.remove();
}

#[wasm_bindgen_test]
async fn a_long_list_can_be_searched_by_name_with_or_without_marks() {
    let defaults = Scenario::defaults(&ds());
    let names = [
        "Tăng vốn 150%",
        "Mặc định",
        "Ưu tiên xã biên giới",
        "Vốn 1385 dồn cho xóm",
        "Đào tạo gấp đôi",
        "Chia theo nhu cầu",
    ];
    let mut library = Library::default();
    for (i, name) in names.iter().enumerate() {
        let mut sc = defaults.clone();
        sc.budget.scale_pct = 100.0 + 10.0 * i as f64;
        library
            .save(name, sc, "2026-11-30T02:38:05.000Z", "K")
            .unwrap();
    }
    let p = panel_of(library, false, 0, None).await;
    let r = &p.root;
    let shown = |r: &Element| {
        let items = r.query_selector_all("[data-testid=saved-item]").unwrap();
        (0..items.length())
            .map(|i| text(&items.item(i).unwrap().unchecked_into::<Element>()))
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(r).len(), names.len());
    assert_eq!(text(&by_testid(r, "saved-search-count")), "");
    // Without marks, "von" finds both "vốn"; with them, "dồn" finds the one.
    type_into(r, "saved-search", "von").await;
    let found = shown(r);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].contains("Tăng vốn 150%") && found[1].contains("Vốn 1385"),
        "{found:?}"
    );
    assert_eq!(
        text(&by_testid(r, "saved-search-count")),
        "Hiện 2 trên 6 kịch bản đã lưu."
    );
    type_into(r, "saved-search", "dồn").await;
    assert_eq!(shown(r).len(), 1);
    type_into(r, "saved-search", "kế hoạch 2030").await;
    assert!(shown(r).is_empty());
    assert_eq!(
        text(&by_testid(r, "saved-search-count")),
        "Không có kịch bản đã lưu nào có tên chứa “kế hoạch 2030”."
    );
    type_into(r, "saved-search", "").await;
    assert_eq!(shown(r).len(), names.len());
    p.root.remove();
    // A short list has no search box.
    let short = panel(false, 0).await;
    assert!(short
        .root
        .query_selector("[data-testid=saved-search]")
        .unwrap()
        .is_none());
    short.root.remove();
}

#[wasm_bindgen_test]
async fn a_scenario_a_link_named_is_saved_under_that_name_unless_the_planner_types_another() {
    let p = named_panel(false, 0, Some("Phương án của Sở Nông nghiệp")).await;
    let r = &p.root;
    assert_eq!(
        input(by_testid(r, "save-name")).value(),
        "Phương án của Sở Nông nghiệp"
    );
    press(r, "save-current").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::SaveCurrent {
            name: "Phương án của Sở Nông nghiệp".into(),
            fallback: "Kịch bản mặc định".into(),
            now: String::new()
        }]
    );
    p.root.remove();
    // Without a link's name the box starts empty, showing the name an empty box saves under.
    let p = panel(false, 0).await;
    let name = input(by_testid(&p.root, "save-name"));
    assert_eq!(name.value(), "");
    assert_eq!(name.placeholder(), "Kịch bản mặc định");
    p.root.remove();
}

#[wasm_bindgen_test]
async fn each_action_sends_the_right_library_action() {
    let p = panel(false, 0).await;
    let r = &p.root;

    type_into(r, "save-name", "Kế hoạch mới").await;
    press(r, "save-current").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::SaveCurrent {
            name: "Kế hoạch mới".into(),
            fallback: "Kịch bản mặc định".into(),
            now: String::new()
        }]
    );
    assert_eq!(
        input(by_testid(r, "save-name")).value(),
        "",
        "the box is emptied"
    );
    assert_eq!(
        text(&by_testid(r, "save-status")),
        "Đã lưu vào thư viện với tên “Kế hoạch mới”."
    );

    press(r, "saved-duplicate-s1").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::Duplicate {
            id: "s1".into(),
            now: String::new()
        }]
    );

    press(r, "saved-rename-s1").await;
    assert_eq!(
        input(by_testid(r, "saved-rename-input-s1")).value(),
        "Tăng vốn"
    );
    type_into(r, "saved-rename-input-s1", "Tăng vốn 1385").await;
    press(r, "saved-rename-save-s1").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::Rename {
            id: "s1".into(),
            name: "Tăng vốn 1385".into(),
            fallback: "Kịch bản".into()
        }]
    );

    // Another scenario's name, or none, is refused under the box, which stays open with
    // what was typed; nothing is sent.
    press(r, "saved-rename-s1").await;
    type_into(r, "saved-rename-input-s1", " Mặc định ").await;
    press(r, "saved-rename-save-s1").await;
    assert_eq!(taken(&p), []);
    assert_eq!(
        text(&by_testid(r, "saved-rename-problem-s1")),
        "Đã có kịch bản tên “Mặc định”: hãy chọn tên khác."
    );
    let boxed = input(by_testid(r, "saved-rename-input-s1"));
    assert_eq!(boxed.value(), " Mặc định ");
    assert_eq!(boxed.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        boxed.get_attribute("aria-describedby").as_deref(),
        Some("saved-rename-problem-s1")
    );
    type_into(r, "saved-rename-input-s1", "   ").await;
    assert!(
        r.query_selector("[data-testid=\"saved-rename-problem-s1\"]")
            .expect("valid selector")
            .is_none(),
        "typing clears the problem"
    );
    press(r, "saved-rename-save-s1").await;
    assert_eq!(taken(&p), []);
    assert_eq!(
        text(&by_testid(r, "saved-rename-problem-s1")),
        "Hãy nhập một tên."
    );
    press(r, "saved-rename-cancel-s1").await;

    // A save under a taken name says the number it was given.
    type_into(r, "save-name", "Tăng vốn").await;
    press(r, "save-current").await;
    assert_eq!(taken(&p).len(), 1);
    assert_eq!(
        text(&by_testid(r, "save-status")),
        "Đã lưu vào thư viện với tên “Tăng vốn (2)”, vì đã có một kịch bản tên “Tăng vốn”. \
         Bấm “Đổi tên” trong danh sách để đặt tên khác."
    );
    // An action on a saved scenario since takes the line away (it could name one renamed).
    press(r, "saved-duplicate-s2").await;
    assert_eq!(taken(&p).len(), 1);
    assert_eq!(text(&by_testid(r, "save-status")), "");

    // Delete asks first; "Cancel" sends nothing.
    press(r, "saved-delete-s1").await;
    assert!(text(&by_testid(r, "saved-item")).contains("Xóa “Tăng vốn”? Không hoàn tác được."));
    assert_eq!(taken(&p), []);
    press(r, "saved-cancel-s1").await;
    assert_eq!(taken(&p), []);
    // The focus goes back to the button that asked, not to "Rename".
    gloo_timers::future::TimeoutFuture::new(20).await;
    let active = gloo::utils::document()
        .active_element()
        .and_then(|e| e.get_attribute("data-testid"));
    assert_eq!(active.as_deref(), Some("saved-delete-s1"));
    press(r, "saved-delete-s1").await;
    press(r, "saved-confirm-s1").await;
    assert_eq!(taken(&p), [LibraryAction::Delete { id: "s1".into() }]);

    press(r, "saved-overwrite-s1").await;
    assert_eq!(taken(&p), []);
    press(r, "saved-confirm-s1").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::Overwrite {
            id: "s1".into(),
            now: String::new()
        }]
    );

    assert!(p.closed.borrow().is_empty());
    press(r, "saved-open-s1").await;
    assert_eq!(taken(&p), [LibraryAction::Open { id: "s1".into() }]);
    assert_eq!(p.closed.borrow().len(), 1, "opening closes the dialog");
    p.root.remove();
}

#[wasm_bindgen_test]
async fn a_locked_library_can_be_opened_but_not_written() {
    let p = panel(true, 0).await;
    let r = &p.root;
    assert!(text(&by_testid(r, "library-locked")).contains("phiên bản NTM Planner mới hơn"));
    for id in [
        "save-current",
        "saved-overwrite-s1",
        "saved-rename-s1",
        "saved-duplicate-s1",
        "saved-delete-s1",
    ] {
        assert!(disabled(r, id), "{id}");
    }
    assert!(!disabled(r, "saved-open-s1"));
    assert!(!disabled(r, "saved-export-s1"));
    p.root.remove();
}

#[wasm_bindgen_test]
async fn ready_made_scenarios_open_or_join_the_library() {
    let p = panel(false, 1).await;
    let r = &p.root;
    let ds = ds();
    let all = presets::all(&ds);
    assert_eq!(all.len(), 5);
    for (preset, _) in &all {
        let item = text(&by_testid(r, &format!("preset-{}", preset.id)));
        assert!(item.contains(&preset.name_vi), "{item}");
        assert!(item.contains(&preset.about_vi), "{item}");
    }
    press(r, "preset-add-plan_2020").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::Save {
            name: all[1].0.name_vi.clone(),
            fallback: "Kịch bản".into(),
            now: String::new(),
            scenario: Box::new(all[1].1.clone())
        }]
    );
    assert!(text(&by_testid(r, "preset-status")).contains(&all[1].0.name_vi));
    press(r, "preset-open-nearest_first").await;
    assert_eq!(*p.loaded.borrow(), [all[2].1.clone()]);
    assert_eq!(p.closed.borrow().len(), 1);
    p.root.remove();
}

/// Drops a file named `name` holding `content` on the import box.
fn drop_file(root: &Element, name: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let file = File::new_with_str_sequence(&parts, name).expect("a file");
    let data = DataTransfer::new().expect("a DataTransfer");
    data.items().add_with_file(&file).expect("add the file");
    let init = DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&data));
    let event = DragEvent::new_with_event_init_dict("drop", &init).expect("a drop event");
    by_testid(root, "import-drop")
        .dispatch_event(&event)
        .expect("dispatch");
}

#[wasm_bindgen_test]
async fn a_wrong_file_says_why_in_both_languages_and_changes_nothing() {
    let p = panel(false, 2).await;
    let r = &p.root;
    let ds = ds();
    let good = scenario_to_json(&p.scenario, "Mặc định");
    let cases = [
        (
            "bang.csv",
            "mã xã,xã\n01417,Sóc Hà".to_string(),
            "không phải JSON",
            "not JSON",
        ),
        (
            "package.json",
            r#"{"name":"x","version":"1.0.0"}"#.to_string(),
            "không phải tệp kịch bản của NTM Planner",
            "not an NTM Planner scenario file",
        ),
        (
            "moi.ntm.json",
            good.replacen("\"version\": 2", "\"version\": 9", 1),
            "phiên bản NTM Planner mới hơn (phiên bản tệp 9)",
            "newer version of NTM Planner (file version 9)",
        ),
        (
            "hagiang.ntm.json",
            good.replacen("caobang-2020", "<b>ha-giang</b>", 1),
            "bộ dữ liệu “<b>ha-giang</b>”",
            "the dataset “<b>ha-giang</b>”",
        ),
        (
            "sai.ntm.json",
            good.replacen("\"runs\": 1000", "\"runs\": 0", 1),
            "giá trị không hợp lệ",
            "values that are not valid",
        ),
        (
            // Edited by hand: a value of the wrong kind is named by its field.
            "tay.ntm.json",
            good.replacen("\"backsliding\": true", "\"backsliding\": \"no\"", 1),
            "(policy.backsliding): chữ \"no\" ở chỗ cần true hoặc false",
            "(policy.backsliding): the text \"no\" where true or false is needed",
        ),
        (
            "rong.ntm.json",
            String::new(),
            "Tệp trống",
            "The file is empty",
        ),
        (
            "lon.ntm.json",
            " ".repeat(3 * 1024 * 1024),
            "Tệp quá lớn (3 MB)",
            "The file is too large (3 MB)",
        ),
    ];
    for (name, content, vi, en) in cases {
        drop_file(r, name, &content);
        until(&format!("the message for {name}"), || {
            r.query_selector("[data-testid=import-error]")
                .ok()
                .flatten()
                .is_some_and(|e| text(&e).contains(name))
        })
        .await;
        let message = text(&by_testid(r, "import-error"));
        assert!(message.contains(vi), "{name}: {message}");
        assert!(message.contains(en), "{name}: {message}");
        assert!(
            message.contains("Kịch bản đang xem không thay đổi."),
            "{message}"
        );
        assert!(
            message.contains("The scenario on screen is unchanged."),
            "{message}"
        );
        assert!(
            r.query_selector("[data-testid=import-error] b")
                .unwrap()
                .is_none(),
            "file content rendered as HTML"
        );
        assert_eq!(ds.province.id, "caobang-2020");
    }
    assert!(p.loaded.borrow().is_empty() && p.opened.borrow().is_empty());
    assert_eq!(taken(&p), []);
    p.root.remove();
}

#[wasm_bindgen_test]
async fn a_good_file_can_be_opened_or_saved() {
    let p = panel(false, 2).await;
    let r = &p.root;
    let mut sc = p.scenario.clone();
    sc.budget.scale_pct = 175.0;
    drop_file(
        r,
        "ke-hoach.ntm.json",
        &scenario_to_json(&sc, "Kế hoạch 175%"),
    );
    until("the file to be read", || {
        r.query_selector("[data-testid=import-ready]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let ready = text(&by_testid(r, "import-ready"));
    assert!(
        ready.contains("Tệp “ke-hoach.ntm.json” chứa kịch bản “Kế hoạch 175%”."),
        "{ready}"
    );
    assert!(ready.contains("175% kế hoạch"), "{ready}");
    press(r, "import-save").await;
    assert_eq!(
        taken(&p),
        [LibraryAction::Save {
            name: "Kế hoạch 175%".into(),
            fallback: "Kịch bản".into(),
            now: String::new(),
            scenario: Box::new(sc.clone())
        }]
    );
    assert!(disabled(r, "import-save"), "saved once");
    press(r, "import-open").await;
    assert_eq!(*p.opened.borrow(), [(sc, "Kế hoạch 175%".to_string())]);
    assert!(p.loaded.borrow().is_empty());
    assert_eq!(p.closed.borrow().len(), 1);
    p.root.remove();
}
