package fr.sne.api;

/** Why an authenticated token may not call the guichet API: a stable code and a French sentence. */
public record Refus(String code, String message) {
}
