package com.croftcraft.dskorder.dsk;

import java.util.List;
import java.util.stream.Collectors;

/**
 * DSK processed the request and refused it ({@code <result>NG</result>}). Repeating the same
 * request gets the same answer. A subtype names each error code the contract knows; an unknown code
 * comes as this class itself.
 */
public class DskRefused extends DskException {

  private final List<DskError> errors;

  /**
   * @param operation the operation's path, such as {@code order/register}
   * @param errors DSK's reasons, at least one
   */
  public DskRefused(String operation, List<DskError> errors) {
    super(operation, "refused: " + describe(errors) + ".", null);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A refusal needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** DSK's reasons, in DSK's order. */
  public List<DskError> errors() {
    return errors;
  }

  /** The first error code, the one that decides what the caller does. */
  public String code() {
    return errors.get(0).code();
  }

  private static String describe(List<DskError> errors) {
    return errors.stream()
        .map(
            error ->
                String.join(
                        " ",
                        error.code(),
                        error.item() == null ? "" : error.item(),
                        error.message() == null ? "" : error.message())
                    .replaceAll(" +", " ")
                    .strip())
        .collect(Collectors.joining("; "));
  }
}
