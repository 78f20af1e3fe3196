// Site-wide behaviour, kept out of the pages so that the Content-Security-Policy can forbid inline script.

// A submit button with data-confirm asks first; cancelling the question cancels the submission.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) event.preventDefault();
});
