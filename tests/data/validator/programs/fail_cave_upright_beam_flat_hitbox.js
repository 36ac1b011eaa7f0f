// Helicopter cave: hold the mouse button or SPACE to climb and release to drop; steel beams (some lying flat, some standing upright) come from a recycled pool, the cave scrolls faster over time, the distance counter grows, touching the ceiling, floor or a beam ends the flight, and the best distance is kept.
const W = 800, H = 450, WALL = 40;
const BEAM_LAYOUT = [
  { upright: false, y: 150 }, { upright: true, y: 250 }, { upright: false, y: 320 },
  { upright: true, y: 180 }, { upright: true, y: 300 }, { upright: false, y: 220 }
];
let bestDistance = 0;

class CaveScene extends Phaser.Scene {
  constructor() { super('cave'); }

  preload() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0x4cc9f0).fillEllipse(24, 18, 40, 22).fillStyle(0x1b263b).fillRect(4, 4, 40, 3).fillRect(22, 6, 3, 6);
    g.generateTexture('heli', 48, 30);
    g.clear().fillStyle(0x9aa5b1).fillRect(0, 0, 140, 18).fillStyle(0x52606d);
    for (let x = 6; x < 140; x += 20) g.fillCircle(x, 9, 3);
    g.generateTexture('beam', 140, 18);
    g.destroy();
  }

  create() {
    this.speed = 240;
    this.distance = 0;
    this.layoutIndex = 0;
    this.crashed = false;

    this.walls = this.physics.add.staticGroup();
    this.walls.add(this.add.rectangle(W / 2, WALL / 2, W, WALL, 0x3d2b1f));
    this.walls.add(this.add.rectangle(W / 2, H - WALL / 2, W, WALL, 0x3d2b1f));

    this.heli = this.physics.add.sprite(160, H / 2, 'heli');
    this.heli.body.setSize(40, 20).setMaxVelocityY(340);
    this.beams = this.physics.add.group({ allowGravity: false, immovable: true });

    this.physics.add.overlap(this.heli, this.walls, this.crash, null, this);
    this.physics.add.overlap(this.heli, this.beams, this.crash, null, this);

    this.space = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    this.label = this.add.text(W - 16, 8, '', { fontFamily: 'Verdana', fontSize: '18px', color: '#ffe8a3' }).setOrigin(1, 0);
    this.spawnEvent = this.time.addEvent({ delay: 1300, loop: true, callback: this.spawnBeam, callbackScope: this });
  }

  spawnBeam() {
    const spec = BEAM_LAYOUT[this.layoutIndex++ % BEAM_LAYOUT.length];
    const beam = this.beams.get(W + 80, spec.y, 'beam');
    beam.setActive(true).setVisible(true).setAngle(spec.upright ? 90 : 0);
    beam.body.enable = true;
    beam.body.reset(W + 80, spec.y);
  }

  crash() {
    if (this.crashed) return;
    this.crashed = true;
    this.physics.pause();
    this.spawnEvent.paused = true;
    this.heli.setTint(0xff5a5f);
    bestDistance = Math.max(bestDistance, Math.floor(this.distance));
    this.add.text(W / 2, H / 2, `CRASHED at ${Math.floor(this.distance)} m\nbest ${bestDistance} m\nclick to fly again`, {
      fontFamily: 'Verdana', fontSize: '26px', color: '#ffffff', align: 'center', backgroundColor: '#000000aa', padding: { x: 16, y: 10 }
    }).setOrigin(0.5);
    this.time.delayedCall(400, () => this.input.once('pointerdown', () => this.scene.restart()));
  }

  update(time, delta) {
    if (this.crashed) return;
    const holding = this.input.activePointer.isDown || this.space.isDown;
    this.heli.setAccelerationY(holding ? -2000 : 0);
    this.heli.setAngle(Phaser.Math.Clamp(this.heli.body.velocity.y / 20, -12, 12));

    this.speed = Math.min(this.speed + delta * 0.01, 520);
    this.spawnEvent.timeScale = this.speed / 240;
    this.distance += this.speed * delta / 1000 / 10;

    this.beams.getChildren().forEach((beam) => {
      if (!beam.active) return;
      beam.setVelocityX(-this.speed);
      if (beam.x < -90) {
        this.beams.killAndHide(beam);
        beam.body.enable = false;
      }
    });
    this.label.setText(`${Math.floor(this.distance)} m   best ${bestDistance} m`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO, width: W, height: H, backgroundColor: '#14110f',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: [CaveScene]
});
