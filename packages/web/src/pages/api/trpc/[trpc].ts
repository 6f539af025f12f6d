import type { APIRoute } from "astro";
import { handleTrpcRequest } from "@cunjing/functions/api/fetch";

export const ALL: APIRoute = ({ request }) => handleTrpcRequest(request);
