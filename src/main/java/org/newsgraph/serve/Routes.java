package org.newsgraph.serve;

import io.javalin.Javalin;

/** A resource's routes, registered on the app. */
interface Routes {
  void register(Javalin app);
}
