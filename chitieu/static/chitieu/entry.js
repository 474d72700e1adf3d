// Entry page: ask before sending figures for approval, and keep a second click from sending the form twice.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var button = event.submitter;
  if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  if (form.dataset.sent) {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "1";
});
