package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.dsk.DskProperties;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cart's order endpoints: register, read and list DSK orders. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

  static final int MAX_PAGE_SIZE = 500;

  private final OrderIntake intake;
  private final OrderEditing editing;
  private final Orders orders;
  private final DskProperties dsk;

  OrderController(OrderIntake intake, OrderEditing editing, Orders orders, DskProperties dsk) {
    this.intake = intake;
    this.editing = editing;
    this.orders = orders;
    this.dsk = dsk;
  }

  @PostMapping
  ResponseEntity<OrderView> register(@RequestBody OrderRequest request) {
    OrderIntake.Received received;
    try {
      received = intake.receive(request);
    } catch (DataIntegrityViolationException raceWithSameNumber) {
      received = intake.receiveRepeated(request);
    }

    OrderView view = OrderView.of(received.order(), dsk.zone());
    if (!received.created()) {
      return ResponseEntity.ok(view);
    }
    return ResponseEntity.created(URI.create("/api/orders/" + view.orderNumber())).body(view);
  }

  @PatchMapping("/{orderNumber}")
  OrderView edit(@PathVariable String orderNumber, @RequestBody OrderEditRequest request) {
    return editing.edit(orderNumber, request);
  }

  @PostMapping("/{orderNumber}/re-registration")
  ResponseEntity<OrderView> reRegister(
      @PathVariable String orderNumber, @RequestBody OrderEditRequest request) {
    return ResponseEntity.accepted().body(editing.reRegister(orderNumber, request));
  }

  @GetMapping("/{orderNumber}")
  @Transactional(readOnly = true)
  OrderView find(@PathVariable String orderNumber) {
    return OrderView.of(orders.require(orderNumber), dsk.zone());
  }

  record OrderPage(List<OrderView> content, int page, int size, long totalElements) {}

  @GetMapping
  @Transactional(readOnly = true)
  OrderPage list(
      @RequestParam(required = false) String creditStatus,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw InvalidInput.of("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidInput.of("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }

    PageRequest request =
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    Page<Order> found =
        orders.search(
            QueryParameters.enumValue("creditStatus", creditStatus, CreditStatus.class),
            QueryParameters.enumValue("status", status, OrderStatus.class),
            request);
    return new OrderPage(
        found.map(order -> OrderView.of(order, dsk.zone())).getContent(),
        page,
        size,
        found.getTotalElements());
  }
}
