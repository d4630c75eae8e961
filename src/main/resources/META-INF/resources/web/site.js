// The only script: "/" jumps to the search box, as on many news and code sites. The pages work without it.
document.addEventListener('keydown', function (event) {
  var target = event.target;
  var typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
    || target instanceof HTMLSelectElement || (target && target.isContentEditable);
  if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  var search = document.querySelector('main input[type=search]') || document.getElementById('site-q');
  if (search) {
    event.preventDefault();
    search.focus();
  }
});
