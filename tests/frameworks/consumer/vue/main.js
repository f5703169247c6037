import { createApp } from "vue";
import { App } from "./app.js";

createApp(App, { breachEndpoint: location.origin }).mount("#root");
