// Site-wide behaviour, kept out of the pages so that the Content-Security-Policy can forbid inline script.

// A submit button with data-confirm asks first; cancelling the question cancels the submission.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) event.preventDefault();
});

// On a phone a table is shown as one block per row (motebok.css); each cell gets its column's heading to show
// before it. Cells that already say what they are (data-label, even empty) are left alone.
function labelCells(root) {
  for (const table of root.querySelectorAll("main table")) {
    const headings = [...table.querySelectorAll("thead tr:last-child th")].flatMap((th) =>
      Array(th.colSpan).fill(th.textContent.trim()),
    );
    for (const row of table.querySelectorAll("tbody tr")) {
      let column = 0;
      for (const cell of row.cells) {
        if (!cell.hasAttribute("data-label") && headings[column]) cell.dataset.label = headings[column];
        column += cell.colSpan;
      }
    }
  }
}
labelCells(document);
document.addEventListener("htmx:afterSettle", () => labelCells(document));

// A page that comes back with errors opens on its error summary; each of its links puts focus in its field.
document.querySelector(".ds-error-summary")?.focus();
document.addEventListener("click", (event) => {
  const link = event.target.closest(".ds-error-summary a[href^='#']");
  const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!field) return;
  event.preventDefault();
  const label = field.labels?.[0];
  (label && !label.classList.contains("ds-sr-only") ? label : field).scrollIntoView({block: "start"});
  field.focus({preventScroll: true});
});
