package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.InvalidInput;
import java.util.Arrays;

final class QueryParameters {

  private QueryParameters() {}

  /** The enum constant a query parameter names, {@code null} when absent. */
  static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(
          parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
