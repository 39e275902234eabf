/* Material for MkDocs 9.8.2, partials/javascripts/content.html (MIT licence, (c) Martin Donath), moved out of the page
   so that the Content-Security-Policy allows no inline script. Keep in step with the pinned Material. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
