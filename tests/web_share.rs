//! Component tests in headless Chromium for sharing: the QR code draws exactly the encoder's
//! modules for a known link, says when a text is too long, and the share dialog opens as a
//! modal with the link, copies it (or, refused, selects it and says so) and closes.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use ntm_planner::components::modal::{Modal, ModalProps};
use ntm_planner::components::share::{QrCode, QrCodeProps, ShareDialog, ShareDialogProps};
use ntm_planner::i18n::{Lang, ShareMsg};
use ntm_planner::sharing::qr::{modules, qr_svg, QrSvg, QUIET_ZONE};
use qrcode::{Color, EcLevel};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::Callback;

use common::{by_testid, click, mount_point, text, until};

wasm_bindgen_test_configure!(run_in_browser);

const LINK: &str = "http://127.0.0.1:8080/#s=AWPgSU7MT0rMS9c1MjAyYGTACgA";

fn counter() -> (Callback<()>, Rc<RefCell<u32>>) {
    let n = Rc::new(RefCell::new(0));
    let m = n.clone();
    (Callback::from(move |()| *m.borrow_mut() += 1), n)
}

#[wasm_bindgen_test]
async fn the_qr_code_draws_the_encoders_modules_for_a_known_link() {
    let root = mount_point();
    let props = QrCodeProps {
        text: LINK.into(),
        label: "Mã QR".into(),
        too_long: "quá dài".into(),
        class: Default::default(),
    };
    yew::Renderer::<QrCode>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let svg = by_testid(&root, "qr-code");
    assert_eq!(svg.tag_name().to_lowercase(), "svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("Mã QR"));
    let size: u32 = svg.get_attribute("data-modules").unwrap().parse().unwrap();
    assert_eq!(
        svg.get_attribute("viewBox"),
        Some(format!("0 0 {size} {size}"))
    );
    let path = svg
        .query_selector("path")
        .unwrap()
        .expect("a path")
        .get_attribute("d")
        .expect("d");

    // What the page draws, read back as modules, is what the encoder made (quiet zone added).
    let drawn = modules(&QrSvg {
        size,
        path,
        version: 0,
    });
    let code = qrcode::QrCode::with_error_correction_level(LINK, EcLevel::M).unwrap();
    let w = code.width();
    let q = QUIET_ZONE as usize;
    assert_eq!(size as usize, w + 2 * q);
    let colors = code.to_colors();
    for y in 0..w {
        for x in 0..w {
            assert_eq!(
                drawn[y + q][x + q],
                colors[y * w + x] == Color::Dark,
                "module ({x}, {y})"
            );
        }
    }
    assert!(drawn[0].iter().all(|d| !d), "quiet zone");
    assert_eq!(Some(modules(&qr_svg(LINK).unwrap())), Some(drawn));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_text_too_long_for_a_qr_code_says_so() {
    let root = mount_point();
    let props = QrCodeProps {
        text: "x".repeat(5000).into(),
        label: "QR".into(),
        too_long: "Liên kết quá dài".into(),
        class: Default::default(),
    };
    yew::Renderer::<QrCode>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&by_testid(&root, "qr-too-long")), "Liên kết quá dài");
    assert!(root.query_selector("svg").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn shared_from_the_comparison_the_dialog_says_the_others_stay_behind() {
    let root = mount_point();
    let (on_close, _) = counter();
    let props = ShareDialogProps {
        lang: Lang::Vi,
        link: LINK.into(),
        about: Vec::new(),
        on_close,
        only_current: true,
    };
    yew::Renderer::<ShareDialog>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let note = text(&by_testid(&root, "share-only-current"));
    assert!(note.contains("chỉ chứa kịch bản hiện tại"), "{note}");
}

#[wasm_bindgen_test]
async fn the_share_dialog_is_a_modal_with_the_link_its_qr_code_and_the_scenario() {
    let root = mount_point();
    let (on_close, closed) = counter();
    let props = ShareDialogProps {
        lang: Lang::Vi,
        link: LINK.into(),
        about: vec!["Tổng vốn 7/2020–2025: 8.628 tỷ đồng (100% kế hoạch mặc định); đào tạo và tuyên truyền: 101 tỷ đồng, ngoài tổng vốn".into()],
        on_close,
        only_current: false,
    };
    yew::Renderer::<ShareDialog>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // Shared from the planning screen: nothing to warn about.
    assert!(root
        .query_selector("[data-testid=share-only-current]")
        .unwrap()
        .is_none());

    let dialog: HtmlDialogElement = by_testid(&root, "share-dialog").dyn_into().unwrap();
    assert!(dialog.open());
    assert!(dialog.matches(":modal").unwrap(), "opened with showModal");
    let field: HtmlTextAreaElement = by_testid(&root, "share-link").dyn_into().unwrap();
    assert_eq!(field.value(), LINK);
    assert!(field.read_only());
    assert_eq!(
        text(&by_testid(&root, "share-length")),
        format!(" · {} ký tự", LINK.len())
    );
    assert!(text(&by_testid(&root, "share-about")).contains("8.628 tỷ đồng"));
    assert!(root
        .query_selector("[data-testid=qr-code] path")
        .unwrap()
        .is_some());

    // Copy: the clipboard takes it, or (no permission here) the link is selected and the
    // dialog says to press Ctrl+C. Either way it says which.
    click(&by_testid(&root, "share-copy"));
    let status = by_testid(&root, "share-status");
    until("the copy status", || !text(&status).is_empty()).await;
    let said = text(&status);
    if said == Lang::Vi.t(ShareMsg::CopyFailed) {
        assert_eq!(field.selection_start().unwrap(), Some(0));
        assert_eq!(field.selection_end().unwrap(), Some(LINK.len() as u32));
    } else {
        assert_eq!(said, Lang::Vi.t(ShareMsg::Copied));
    }

    click(&by_testid(&root, "share-dialog-close"));
    yew::scheduler::flush().await;
    assert_eq!(*closed.borrow(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn escape_closes_a_modal_and_a_click_on_its_backdrop_too() {
    let root = mount_point();
    let (on_close, closed) = counter();
    let props = ModalProps {
        title: "Tiêu đề".into(),
        id: "t".into(),
        testid: "test-modal".into(),
        close_label: "Đóng".into(),
        on_close,
        class: Default::default(),
        children: yew::html! { <button data-testid="inside">{ "x" }</button> },
    };
    yew::Renderer::<Modal>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let dialog: HtmlDialogElement = by_testid(&root, "test-modal").dyn_into().unwrap();
    assert_eq!(
        dialog.get_attribute("aria-labelledby").as_deref(),
        Some("t-title")
    );
    assert_eq!(
        text(
            &gloo::utils::document()
                .get_element_by_id("t-title")
                .unwrap()
        ),
        "Tiêu đề"
    );

    // A click inside does not close it; one on the backdrop (the dialog itself) does.
    click(&by_testid(&root, "inside"));
    yew::scheduler::flush().await;
    assert_eq!(*closed.borrow(), 0);
    click(&dialog);
    yew::scheduler::flush().await;
    assert_eq!(*closed.borrow(), 1);

    // Escape makes the browser close the dialog and fire "close" (no key event needed).
    dialog.close();
    until("the close event", || *closed.borrow() == 2).await;
    root.remove();
}
