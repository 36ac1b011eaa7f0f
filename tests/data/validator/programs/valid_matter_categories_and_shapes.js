// Matter done right: a mask naming a category the floor has, inertia: Infinity (Matter's own option), shapes drawn by
// the game objects matter.add.gameObject() gives bodies, and another scene's events heard on that scene's emitter
class Balls extends Phaser.Scene {
  constructor() { super('balls'); }

  preload() {}

  create() {
    const floorCategory = this.matter.world.nextCategory();
    const floor = this.add.rectangle(400, 590, 800, 20, 0x335533);
    this.matter.add.gameObject(floor, { isStatic: true });
    floor.setCollisionCategory(floorCategory);
    this.time.addEvent({ delay: 300, repeat: 5, callback: () => {
      const wheel = this.add.circle(Phaser.Math.Between(100, 700), 60, 16, 0xff4444);
      this.matter.add.gameObject(wheel, { shape: { type: 'circle', radius: 16 }, inertia: Infinity });
      wheel.setCollidesWith([floorCategory]);
      this.events.emit('dropped');
    } });
    this.scene.launch('count');
  }
}

class Count extends Phaser.Scene {
  constructor() { super('count'); }

  preload() {}

  create() {
    let n = 0;
    const label = this.add.text(16, 16, 'Dropped: 0', { fontSize: '20px', color: '#ffffff' });
    this.scene.get('balls').events.on('dropped', () => label.setText('Dropped: ' + ++n));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: [Balls, Count] });
