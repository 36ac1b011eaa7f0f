// The only motion is a tween whose property name comes from a table: 'rotate' is not a property of a game object
// (angle and rotation are), so the tween runs and nothing ever moves.
const SPIN = { prop: 'rotate', to: 360 };

function spinConfig(target) {
  const cfg = { targets: target, duration: 1200, repeat: -1 };
  cfg[SPIN.prop] = SPIN.to;
  return cfg;
}

class SpinScene extends Phaser.Scene {
  preload() {}

  create() {
    const wheel = this.add.rectangle(400, 300, 200, 40, 0x33ccff);
    this.tweens.add(spinConfig(wheel));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: SpinScene });
