// Game objects of the program's own classes added in the usual ways, colliders between objects that have bodies,
// textures loaded (also by a config object) or made before use, and scene helpers whose names are near lifecycle
// names ('reload').
class Ship extends Phaser.GameObjects.Sprite {
  constructor(scene, x, y) {
    super(scene, x, y, 'ship');
    scene.add.existing(this);
  }
}
class Drone extends Phaser.Physics.Arcade.Image {
  constructor(scene, x, y) { super(scene, x, y, 'ship'); }
}
class Badge extends Phaser.GameObjects.Container {
  constructor(scene, x, y) {
    super(scene, x, y, [scene.add.circle(0, 0, 14, 0xffd166)]);
  }
}
class HangarScene extends Phaser.Scene {
  constructor() { super('hangar'); }
  preload() {
    this.load.image('sky', 'assets/sky.png');
    this.load.image({ key: 'cloud', url: 'assets/cloud.png' });
  }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x8ecae6, 1).fillTriangle(0, 24, 12, 0, 24, 24);
    g.generateTexture('ship', 24, 24);
    this.add.image(400, 300, 'sky');
    this.add.image(200, 100, 'cloud');
    this.ship = new Ship(this, 400, 500);
    this.drones = this.physics.add.group();
    for (let i = 0; i < 3; i++) this.drones.add(new Drone(this, 200 + i * 200, 100), true);
    this.badges = this.add.container(700, 50, [new Badge(this, 0, 0)]);
    this.add.existing(new Badge(this, 60, 50));
    this.walls = this.add.group();
    for (let i = 0; i < 3; i++) {
      const wall = this.add.rectangle(150 + i * 250, 300, 80, 20, 0x2a9d8f);
      this.physics.add.existing(wall, true);
      this.walls.add(wall);
    }
    this.physics.add.collider(this.drones, this.walls);
    this.drones.setVelocityY(120);
    this.ammo = 3;
  }
  reload() { this.ammo = 3; }
  update() { this.ship.angle += 1; }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#023047',
  physics: { default: 'arcade' }, scene: HangarScene });
