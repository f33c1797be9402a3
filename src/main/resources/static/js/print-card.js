// The print button of the card page; the page's security policy allows no inline script.
(function () {
  'use strict';
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
}());
