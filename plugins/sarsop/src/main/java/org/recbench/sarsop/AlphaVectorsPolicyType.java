package org.recbench.sarsop;

import java.nio.file.Path;
import java.util.Optional;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Policy;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.sarsop.policy.AlphaVectorPolicy;
import org.recbench.sarsop.policy.PolicyFileReader;

/**
 * Policy {@value #ID}: plays a SARSOP {@code .policy} file computed elsewhere for the
 * environment's POMDP (see {@link AlphaVectorPolicy}).
 */
public final class AlphaVectorsPolicyType {

  /** Component id. */
  public static final String ID = "sarsop.alpha-vectors";

  private AlphaVectorsPolicyType() {}

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> create() {
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, ID, SessionProtocol.PROTOCOL)
        .description("plays a SARSOP .policy file: belief of the environment's POMDP, best alpha"
            + " vector")
        .requires(FinitePomdp.CAPABILITY)
        .provides(SessionProtocol.LIKE_SEQUENCE)
        .param(ParamSpec.required("policy-file", ParamType.STRING,
            "SARSOP .policy file (alpha vectors) solved for this environment's POMDP"))
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> {
      FinitePomdp model = capabilities.require(FinitePomdp.CAPABILITY);
      Path file = PathParameter.parameter("policy-file", params.getString("policy-file"));
      return AlphaVectorPolicy.of(model, PolicyFileReader.read(file), file.toString(),
          Optional.empty());
    });
  }
}
