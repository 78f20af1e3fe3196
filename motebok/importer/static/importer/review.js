// Clicking a field's link, or moving into the field, brings its source into view inside the text panel.
function showSource(id) {
  const anchor = document.getElementById(id);
  if (!anchor) return;
  document.querySelectorAll("#source-text mark.mb-current").forEach((m) => m.classList.remove("mb-current"));
  const mark = anchor.nextElementSibling;
  if (mark && mark.tagName === "MARK") mark.classList.add("mb-current");
  anchor.scrollIntoView({ block: "center", behavior: "smooth" });
}
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-source]");
  if (link) { event.preventDefault(); showSource(link.dataset.source); }
});
document.addEventListener("focusin", (event) => {
  const link = event.target.closest(".ds-field")?.querySelector("[data-source]");
  if (link && event.target !== link) showSource(link.dataset.source);
});
