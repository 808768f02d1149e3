package com.croftcraft.dskorder.api;

/** One bad field of a request, named by its path in the body ({@code items[0].quantity}). */
public record FieldProblem(String field, String message) {}
