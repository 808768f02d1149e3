package com.croftcraft.dskorder.access;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against the engine's users, so one set of users serves the REST API
 * and the webapps. A user's Camunda groups become {@code GROUP_<id>} authorities.
 */
@Component
class CamundaUserAuthentication implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaUserAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null
        || credentials == null
        || !identityService.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }

    List<GrantedAuthority> groups =
        identityService.createGroupQuery().groupMember(user).list().stream()
            .map(group -> (GrantedAuthority) new SimpleGrantedAuthority("GROUP_" + group.getId()))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
