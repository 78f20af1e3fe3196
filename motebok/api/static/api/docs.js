// The API's documentation page: Swagger UI from django-ninja's own files, set up here rather than inline,
// since the Content-Security-Policy allows no inline script.
const root = document.getElementById("swagger-ui");
SwaggerUIBundle({
  url: root.dataset.openapiUrl,
  dom_id: "#swagger-ui",
  presets: [SwaggerUIBundle.presets.apis],
  validatorUrl: null,
});
