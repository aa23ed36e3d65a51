//! A chart's numbers as an HTML table: the same [`TableModel`] the chart was drawn from, with
//! row and column headers marked for screen readers.

use yew::prelude::*;

use super::model::TableModel;

/// Renders `table`; `testid` goes on the `<table>`. `scrolls`: shown on screen, where it may be
/// wider than its box (else it is for screen readers only, and takes no focus).
pub fn data_table(table: &TableModel, testid: &str, scrolls: bool) -> Html {
    html! {
        // A region that takes the focus: when the table is wider than its box (a phone, the
        // report), a keyboard must be able to scroll it.
        <div
            class="table-scroll"
            tabindex={scrolls.then_some("0")}
            role={scrolls.then_some("region")}
            aria-label={scrolls.then(|| table.caption.clone())}
        >
            <table class="data-table chart-data-table" data-testid={testid.to_string()}>
                <caption>{ &table.caption }</caption>
                <thead>
                    if !table.groups.is_empty() {
                        <tr class="chart-table-groups">
                            { for table.groups.iter().map(|(label, span)| if label.is_empty() {
                                // A header cell must say something: an unlabelled group is a blank.
                                html! { <td colspan={span.to_string()}></td> }
                            } else {
                                html! { <th scope="colgroup" colspan={span.to_string()}>{ label }</th> }
                            }) }
                        </tr>
                    }
                    <tr>
                        { for table.head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr class={classes!(row.emphasis.then_some("row-emphasis"), row.separated.then_some("row-separated"))}>
                            <th scope="row">{ &row.head }</th>
                            { for row.cells.iter().map(|c| html! { <td class={figure_class(c)}>{ c }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// "is-figure" for a cell without a space (a number, a range "14–25"): kept on one line, where
/// a target's words ("≥ 60% (177 xóm)") may wrap.
fn figure_class(cell: &str) -> Option<&'static str> {
    (!cell.contains(char::is_whitespace)).then_some("is-figure")
}
